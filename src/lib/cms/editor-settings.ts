import { z } from 'astro/zod';

/** How the editor at /admin signs staff in and saves their changes (see docs/publishing.md). */
export const editorSettingsSchema = z
  .object({
    /** "github": staff sign in with GitHub and changes go straight to the repository. "git-gateway": Netlify Identity (Netlify hosting only). Default: "github". */
    backend: z.enum(['github', 'git-gateway'], { error: 'expected "github" or "git-gateway"' }).default('github'),
    /** The repository as "owner/name", for example "massage-strong/website". Needed for "github". */
    repo: z
      .string()
      .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'expected "owner/name", for example "massage-strong/website"')
      .optional(),
    /** The branch the live site is built from. Default: "main". */
    branch: z
      .string()
      .regex(/^[A-Za-z0-9._/-]+$/, 'expected a branch name such as "main"')
      .default('main'),
    /** The address of the GitHub sign-in helper (OAuth proxy), if not Netlify's. Default: Netlify's (https://api.netlify.com). */
    authUrl: z
      .string()
      .refine(
        (value) => URL.canParse(value) && new URL(value).protocol === 'https:',
        'expected a full https:// address, for example "https://auth.massagestrong.com"',
      )
      .optional(),
  })
  .refine((editor) => editor.backend !== 'github' || editor.repo, {
    message: 'expected editor.repo ("owner/name") when editor.backend is "github"',
    path: ['repo'],
  });

export type EditorSettings = z.output<typeof editorSettingsSchema>;
