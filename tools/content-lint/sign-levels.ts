import { levelOf, RED_FLAGS, type RedFlagId, type RedFlagLevel } from '../../src/lib/safety/red-flags.ts';
import { plainText } from './reading-grade.ts';
import type { Finding, NumberedLine, Rule } from './types.ts';

/**
 * The "one urgency per sign" rule (review finding 3): prose that retypes a sign from src/lib/safety/red-flags.ts
 * next to another level's advice ("check with your doctor before you book if you may have a blood clot",
 * when the list says a clot now needs a doctor today) fails. Pages should name signs with <SignList>.
 */

/** How prose names the signs most likely to be retyped: a phrase per sign id. */
export const SIGN_MENTIONS: Partial<Record<RedFlagId, RegExp>> = {
  'both-legs': /\b(?:numb(?:ness)?|tingling|weak(?:ness)?|pins and needles)\b[^.]{0,30}\bboth legs\b/i,
  'saddle-numbness': /\b(?:numb(?:ness)?|tingling)\b[^.]{0,40}\b(?:genitals|buttocks|back passage|groin)\b/i,
  'bladder-bowel': /\b(?:control (?:of )?your bladder|bladder or bowel|trouble peeing)\b/i,
  'chest-pain': /\bchest pain\b/i,
  fever: /\bhigh temperature\b|\bhot and shivery\b|\byou have a fever\b/i,
  'weight-loss': /\b(?:losing|lost) weight without trying\b|\bunexplained weight loss\b/i,
  'one-leg-weaker': /\bfoot drop\b|\bleg (?:is )?getting weaker\b/i,
  'clot-signs':
    /\b(?:may have|might have|could have|think you have|signs? of|possible|suspected)\b[^.]{0,30}\b(?:blood clot|clot|DVT)\b|\bswollen, (?:painful|warm|red)\b/i,
  'blood-clot': /\b(?:DVT|clot)\b[^.]{0,40}\bbeing treated\b|\btreated for (?:a )?(?:DVT|blood clot)\b/i,
  'bleeding-or-thinners': /\bblood thinners?\b|\bbleeding disorders?\b/i,
  'new-over-50': /\bover (?:the age of )?50\b[^.]{0,40}\bnew\b|\bnew back pain after (?:age )?50\b/i,
};

/** Words that give advice at one level. A line (with its list's lead-in) naming a sign takes the levels it names. */
const LEVEL_WORDS: Record<RedFlagLevel, RegExp> = {
  emergency: /\b911\b|\b999\b|\bemergency\b|\bambulance\b/i,
  urgent: /\btoday\b|\bsame day\b|\burgent(?:ly)?\b|\bright away\b|\bstraight away\b/i,
  soon: /\bdoctor soon\b|\bappointment with your doctor\b/i,
  caution: /\bcheck with your doctor\b|\bask your doctor (?:first|before)\b|\bbefore you book\b|\bdoctor first\b/i,
};

/** Levels a sign may also be named with: signs of a clot are urgent, and 911 if breathless. */
const ALSO: Partial<Record<RedFlagId, readonly RedFlagLevel[]>> = { 'clot-signs': ['emergency'] };

const isListItem = (text: string) => /^\s*(?:[-+*]|\d+\.)\s/.test(text);

/** Each prose line with the lead-in of the list it sits in (the last line before the list), if any. */
function withLeadIns(prose: readonly NumberedLine[]): { line: number; text: string; context: string }[] {
  let leadIn = '';
  return prose.map(({ line, text }) => {
    if (!isListItem(text) && text.trim() !== '') leadIn = text;
    return { line, text, context: isListItem(text) ? `${leadIn} ${text}` : text };
  });
}

/** The problems in prose lines: each sign named beside advice of a level that is not its own. */
export function signLevelProblems(prose: readonly NumberedLine[]): { line: number; message: string }[] {
  return withLeadIns(prose).flatMap(({ line, text, context }) => {
    // A <SignList> names signs by id in the list's own words: nothing is retyped.
    if (/^\s*<SignList\b/.test(text)) return [];
    const words = plainText(text);
    const named = (Object.keys(LEVEL_WORDS) as RedFlagLevel[]).filter((level) =>
      LEVEL_WORDS[level].test(plainText(context)),
    );
    if (named.length === 0) return [];
    return (Object.entries(SIGN_MENTIONS) as [RedFlagId, RegExp][]).flatMap(([id, pattern]) => {
      const match = pattern.exec(words);
      const level = levelOf(id)!;
      if (!match || named.includes(level) || named.some((other) => ALSO[id]?.includes(other))) return [];
      return [
        {
          line,
          message: `"${match[0]}" names the sign "${id}", which src/lib/safety/red-flags.ts puts at the "${level}" level (${RED_FLAGS[level].heading}), but this text gives it "${named.join('", "')}" advice. Name it from the list instead of retyping it: <SignList level="${level}" ids={["${id}"]} />.`,
        },
      ];
    });
  });
}

export const signLevels: Rule = (file) =>
  signLevelProblems(file.prose).map(({ line, message }): Finding => ({
    file: file.path,
    line,
    rule: 'sign-level',
    severity: 'error',
    message,
  }));
