// tone-mismatch: the post against the brand's voice and against the moment (SPEC §5).
// The checks live in their own modules; this one holds the messages and decides which run.
import { stringList, type Rule } from "../../src/types.js";
import { checkHostility } from "./hostility.js";
import { checkMoment } from "./moment.js";
import { read } from "./reading.js";
import { checkReply, readSource, replySourceMood } from "./reply.js";
import { checkSarcasm } from "./sarcasm.js";
import { checkSlip } from "./slip.js";
import { checkVoice } from "./voice-check.js";
import { resolveVoice } from "./voice.js";

export { validateVoice, voicePresetNames } from "./voice.js";

const limit = (description: string) => ({ type: "number" as const, description });

const rule: Rule = {
  meta: {
    id: "tone-mismatch",
    description: "The post against the brand's voice and the moment: cheer or sales at a tragedy, hostility, sarcasm, off-key replies, personal posts on the brand account",
    defaultSeverity: "error",
    docs: "rules/tone-mismatch/README.md",
    messages: {
      momentPromotion:
        "{{cue}} sells in a post about {{event}}. Promotion at a moment of grief or danger reads as profiting from it, and it is how brands end up in the news. Pause the promotion: post only the message of support, and hold sales posts until the moment has passed.",
      momentCharity:
        "{{cue}} ties buying to {{event}}. Even for a good cause, “buy to help” reads as using the tragedy to sell. Donate without a purchase condition, or hold the promotion until the moment has passed.",
      momentCheer:
        "{{cue}} sounds cheerful in a post about {{event}}. Celebration beside grief reads as careless. Drop the cheer and the party emoji, or hold the post until the moment has passed.",
      insult:
        "“{{words}}” insults people. A brand that insults customers, or anyone, in public loses them and makes the news. Remove it: criticise a situation, never people.",
      contempt:
        "“{{words}}” talks down to the reader. Contempt from a brand account gets screenshotted and shared. Rephrase it with respect, or take the conversation to direct messages.",
      generalization:
        "“{{words}}” judges a whole place or group at once. Sweeping put-downs offend everyone they cover (an agency lost a car maker's account over “no one here knows how to drive”). Remove it.",
      sarcasm:
        "“{{words}}” reads as sarcasm. From a brand account sarcasm reads as mocking whoever it is aimed at, and it loses its wink in a screenshot. Say what you mean plainly.",
      replyFlippant:
        "“{{words}}” laughs off {{source}}. A shrug or a laugh at an upset person is how a support reply becomes a viral screenshot. Acknowledge the problem, apologise and offer the next step.",
      replyCheerful:
        "“{{words}}” is cheerful in reply to {{source}}. Canned cheer shows the message was not read. Acknowledge what they said, apologise where it fits and offer help.",
      replyPromotion:
        "“{{words}}” promotes in reply to {{source}}. Selling to someone who is upset reads as a bot that is not listening. Answer their problem first; leave offers out of support replies.",
      personalSlip:
        "“{{words}}” reads as personal life, on {{account}}'s account. Drinking, partying and family posts on a brand account are the classic wrong-account mistake. Check which account you are logged in to, and post this from a personal one.",
      voiceExclamations:
        "{{count}} exclamation marks; the {{voice}} voice allows {{limit}}. More read as hype or shouting. Keep the one that matters.",
      voiceCaps:
        "{{count}} words in capitals ({{examples}}); the {{voice}} voice allows {{limit}}. Capitals read as shouting. Write them in lower case and let the words carry the emphasis.",
      voiceEmoji:
        "{{count}} emoji; the {{voice}} voice allows {{limit}}. More than the voice carries reads as a different brand. Keep the one that adds meaning.",
      voiceSlang:
        "{{count}} slang words or abbreviations ({{examples}}); the {{voice}} voice allows {{limit}}. Off-voice slang sounds like another brand, or a personal account. Spell them out.",
      voiceFirstPerson:
        "{{count}} uses of I/me/my ({{examples}}); the {{voice}} voice allows {{limit}}. A brand account speaks as “we”; “I” reads as one person's opinion or a post from the wrong account. Use “we”, or sign the post when a person speaks.",
      voiceContractions:
        "{{count}} contractions ({{examples}}); the {{voice}} voice allows {{limit}}. Spell them out (“do not”, “we are”).",
      voiceTooPositive:
        "Sentiment {{value}} is above the {{voice}} voice's maximum of {{limit}} ({{examples}}). The post gushes more than the brand speaks. Tone down the superlatives.",
      voiceTooNegative:
        "Sentiment {{value}} is below the {{voice}} voice's minimum of {{limit}} ({{examples}}). The post sounds more negative than the brand. Rephrase it around what you can do.",
    },
    options: {
      maxExclamations: limit("Exclamation marks allowed; overrides the brand voice's limit"),
      maxCapsWords: limit("Words in ALL CAPS allowed; overrides the brand voice's limit"),
      maxEmoji: limit("Emoji allowed; overrides the brand voice's limit"),
      maxSlang: limit("Slang words and abbreviations allowed; overrides the brand voice's limit"),
      maxFirstPersonSingular: limit("Uses of I/me/my allowed; overrides the brand voice's limit"),
      maxContractions: limit("Contractions allowed; overrides the brand voice's limit"),
      minSentiment: limit("Lowest average word sentiment (AFINN, about -1…1); overrides the brand voice's"),
      maxSentiment: limit("Highest average word sentiment (AFINN, about -1…1); overrides the brand voice's"),
      allowSlang: stringList("Slang the brand uses on purpose (not counted)"),
      acronyms: stringList("Upper-case words that are names, not shouting"),
    },
  },
  check(post, { report, options, settings }) {
    const reading = read(post.analysis);
    const source = readSource(post);
    const upset = replySourceMood(source);
    const moment = checkMoment(post, reading, settings, source);
    const reports = [...moment, ...checkHostility(post, reading, upset !== undefined)];
    // Sarcasm is judged on brand accounts, and on any post whose account is not said to be personal.
    const owner = post.account?.owner;
    if (owner !== "personal" && owner !== "third-party") reports.push(...checkSarcasm(post, reading, upset !== undefined));
    // Selling or cheering already reported against the moment is not reported again as a reply.
    for (const reply of checkReply(post, reading, upset)) if (!moment.length || reply.messageId === "replyFlippant") reports.push(reply);
    reports.push(...checkSlip(post, reading));
    // Voice limits need a voice to compare with: the brand's, or limits set in the rule's options.
    const voice = resolveVoice(post.brand?.voice, options);
    if (voice) reports.push(...checkVoice(post, reading, voice, options));
    for (const descriptor of reports) report(descriptor);
  },
};

export default rule;
