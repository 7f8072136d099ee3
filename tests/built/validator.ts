import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';

// Reads .htmlvalidate.json from the project root, as the html-validate CLI would.
const validator = new HtmlValidate(new FileSystemConfigLoader());

/** html-validate's errors for one document, as "line:column rule: message" lines. */
export async function htmlErrors(html: string, filename: string): Promise<string[]> {
  const report = await validator.validateString(html, filename);
  return report.results.flatMap((result) =>
    result.messages
      .filter((message: Message) => message.severity === 2)
      .map((message: Message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
  );
}
