import { describe, expect, it } from "vitest";
import { runRule } from "../../src/engine.js";
import rule from "../../rules/leaked-brief/index.js";
import { fixture, jsonReport, postlint } from "../helpers.js";
import { readLabeledSet, runLabeled, score } from "./labeled-set.js";

const devSet = readLabeledSet("leaked-brief");

const found = (text: string, options: Record<string, unknown> = {}) =>
  runRule(rule, text, { options }).map((v) => [v.messageId, text.slice(v.start, v.end)]);

describe("leaked-brief: development set", () => {
  it("has placeholders, instructions, labels, clean copy and traps", () => {
    const count = (id: string) => devSet.posts.filter((p) => p.expect?.includes(id)).length;
    expect(devSet.posts.length).toBeGreaterThanOrEqual(150);
    expect(count("placeholder")).toBeGreaterThanOrEqual(40);
    expect(count("instruction")).toBeGreaterThanOrEqual(20);
    expect(count("label")).toBeGreaterThanOrEqual(15);
    expect(devSet.posts.filter((p) => p.trap).length).toBeGreaterThanOrEqual(40);
  });

  it("reaches precision and recall of at least 0.95", () => {
    const { precision, recall, mistakes } = score(rule, devSet.posts);
    expect(precision, mistakes.join("\n")).toBeGreaterThanOrEqual(0.95);
    expect(recall, mistakes.join("\n")).toBeGreaterThanOrEqual(0.95);
  });

  it("reports nothing on the traps", () => {
    const flagged = devSet.posts.filter((p) => p.trap && runLabeled(rule, p).length > 0).map((p) => p.text);
    expect(flagged).toEqual([]);
  });
});

describe("leaked-brief: placeholders", () => {
  it.each([
    ["Shop now: [link]", "[link]"],
    ["Sign up [INSERT URL]", "[INSERT URL]"],
    ["Hey {{first_name}}!", "{{first_name}}"],
    ["Hey {{ first_name }}!", "{{ first_name }}"],
    ["Ready? <CTA>", "<CTA>"],
    ["Dear *|FNAME|*,", "*|FNAME|*"],
    ["Save XX% today", "XX%"],
    ["Now $XX.XX", "$XX.XX"],
    ["Starts DD/MM", "DD/MM"],
    ["Our new flavour is TK", "TK"],
    ["Lorem ipsum dolor sit amet", "Lorem ipsum dolor sit amet"],
    ["Thanks @handle!", "@handle"],
    ["Enter with #hashtag", "#hashtag"],
    ["More at https://example.com/spring", "https://example.com/spring"],
  ])("finds the placeholder in %j", (text, placeholder) => {
    expect(found(text)).toEqual([["placeholder", placeholder]]);
  });

  it("counts a bracketed instruction once, as a placeholder", () => {
    expect(found("Tickets at [insert link to ticket page]")).toEqual([["placeholder", "[insert link to ticket page]"]]);
  });

  it("reports every placeholder of a template", () => {
    expect(found("Launching on [DATE] at [TIME]!").map(([, text]) => text)).toEqual(["[DATE]", "[TIME]"]);
  });

  it("does not read placeholder words inside a real link or handle", () => {
    expect(found("See acme.com/link and @acme_handle_team")).toEqual([]);
  });

  it("warns about a TBD said to readers on purpose, and errs on one left unfilled", () => {
    const [warning] = runRule(rule, "Venue TBD, stay tuned!");
    expect([warning.messageId, warning.severity]).toEqual(["announced", 1]);
    expect(found("Venue TBD.")).toEqual([["placeholder", "TBD"]]);
  });

  it("reads the brand's own name and aliases as copy", () => {
    const brand = { name: "TBD Brewing Co.", aliases: ["TBD"] };
    const lint = (text: string) => runRule(rule, { text, brand }).map((v) => text.slice(v.start, v.end));
    expect(lint("Cheers from the TBD crew 🍻")).toEqual([]);
    expect(lint("Live music at TBD Brewing Co. tonight")).toEqual([]);
    expect(runRule(rule, "Cheers from the TBD crew 🍻")).toHaveLength(1);
  });

  it("leaves a marker quoted as a status someone sees", () => {
    expect(found("If your order status says TBD, the courier has not been booked")).toEqual([]);
    expect(found("Courier: TBD")).toEqual([["placeholder", "TBD"]]);
  });

  it("leaves a placeholder the post is about", () => {
    expect(found("Merge tags are here: type {{first_name}} and each reader sees their name")).toEqual([]);
    expect(found("Placeholder text like lorem ipsum hides bad breaks")).toEqual([]);
    expect(found("Lorem ipsum, our new range is here")).toEqual([["placeholder", "Lorem ipsum"]]);
  });

  it("finds a slot named in capitals, template text and open counts, not tags, hooks or numerals", () => {
    expect(found("Hosted by [PRESENTER] live from the pier")).toEqual([["placeholder", "[PRESENTER]"]]);
    expect(found("[SOLD OUT] Saturday's workshop is full")).toEqual([]);
    expect(found("HEADLINE HERE\nOur garden sale starts Friday")).toEqual([["placeholder", "HEADLINE HERE"]]);
    expect(found("Your Name Here? We're hiring baristas")).toEqual([]);
    expect(found("Join XXX runners, entry ₹XXX")).toEqual([["placeholder", "XXX"], ["placeholder", "₹XXX"]]);
    expect(found("Come see us at Stand XX")).toEqual([["placeholder", "XX"]]);
    expect(found("Super Bowl XX champions in store")).toEqual([]);
  });

  it("warns about a marker stated as the news, and leaves filler the post talks about", () => {
    expect(found("The parkrun start time is TBC because of flooding. We'll update this post.")).toEqual([["announced", "TBC"]]);
    expect(found("The quiz theme is still TBA")).toEqual([["announced", "TBA"]]);
    expect(found("Our designers refuse to ship a page with lorem ipsum on it")).toEqual([]);
  });

  it("finds a handle or tag left as a bracketed slot", () => {
    expect(found("Thanks @[guest] for stopping by")).toEqual([["placeholder", "@[guest]"]]);
  });

  it("accepts a product name that looks like a placeholder only when it is allowed", () => {
    expect(found("Try the new TBD Lager tonight")).toEqual([["placeholder", "TBD"]]);
    expect(found("Try the new TBD Lager tonight", { allow: ["TBD Lager"] })).toEqual([]);
  });
});

describe("leaked-brief: pasted briefs", () => {
  it("finds the instruction and the label of a pasted brief", () => {
    expect(found("Here you go, at 4pm est, write the below. Caption: Loving my new boots!")).toEqual([
      ["instruction", "write the below"],
      ["label", "Caption:"],
    ]);
  });

  it("reads a label only at the start of a line or sentence, before a colon", () => {
    expect(found("Nice.\nDraft: new store")).toEqual([["label", "Draft:"]]);
    expect(found("Our favourite caption: yours")).toEqual([]);
    expect(found("Draft beer: 12 taps")).toEqual([]);
    expect(found("Caption this!")).toEqual([]);
  });

  it("takes a hand-over as an instruction only when the copy follows a colon", () => {
    expect(found("Here's the draft for Friday: sale starts now")).toEqual([["instruction", "Here's the draft"]]);
    expect(found("Here's the copy of your receipt")).toEqual([]);
  });

  it("adds a team's own brief phrases from the options", () => {
    expect(found("for Sam to check: new boots!", { phrases: ["for Sam to check"] })).toEqual([["instruction", "for Sam to check"]]);
  });

  it("reads a label with its version, and a label in a list of figures as copy", () => {
    expect(found("COPY v2 — Our new range is here")).toEqual([["label", "COPY v2 —"]]);
    expect(found("Title: 30px\nLead: 18px\nCaption: 11px")).toEqual([]);
  });

  it("finds notes to a colleague, and leaves the same words said to the audience", () => {
    expect(found("Client would prefer the blue one\nNew fleece is in!").map(([id]) => id)).toEqual(["note"]);
    expect(found("tweet at 5pm plz\nNew fleece is in!").map(([id]) => id)).toEqual(["note"]);
    expect(found("New fleece is in! (need to check the price)")).toEqual([["note", "(need to check the price)"]]);
    expect(found("Hiya Jo, attached is the caption for Friday, pls shout if it needs work\n\nNew fleece is in!").map(([id]) => id)).toEqual(["note"]);
    expect(found("Clients want clarity. Tag a friend who agrees!")).toEqual([]);
    expect(found("Post your pics with #FleeceSeason and feel free to DM us")).toEqual([]);
    expect(found("Hi Jo! Please send us your order number")).toEqual([]);
  });

  it("finds alternative versions of the copy, not a poll", () => {
    expect(found("Headline A: Warm.\nHeadline B: Warmer.").map(([id]) => id)).toEqual(["options", "options"]);
    expect(found("Headline A: Warm.\nHeadline B: Warmer.\nVote below!")).toEqual([]);
  });

  it("finds someone who approves the post as a bare subject, not the same words said to readers", () => {
    expect(found("Compliance flagged the APY line. Earn 5% on savings").map(([id]) => id)).toEqual(["note"]);
    expect(found("Client's not keen on the word cheap\nHolidays from €399").map(([id]) => id)).toEqual(["note"]);
    expect(found("Legal needs of small charities: our free guide")).toEqual([]);
    expect(found("Our comms team needs you! Apply by Friday.")).toEqual([]);
  });

  it("finds the post speaking of itself as a thing being made, and copy still to come", () => {
    expect(found("Pls swap the banner before this goes up\nSki season is here").map(([id]) => id)).toEqual(["note"]);
    expect(found("Photo of the winners to be inserted. Congrats to the U12s!")).toEqual([["note", "Photo of the winners to be inserted."]]);
    expect(found("More photos to be added to the album soon")).toEqual([]);
  });

  it("finds a role's note and an approval trail, not a note the brand signs for its readers", () => {
    expect(found("Agency note: price to come from the client\nNew range lands Friday").map(([id]) => id)).toEqual(["note"]);
    expect(found("Caption v3 per legal's comments: Your savings, protected")).toEqual([["note", "per legal's comments"]]);
    expect(found("PR note: our press office is closed on Monday")).toEqual([]);
  });

  it("finds an editor's aside in brackets, not one that speaks to the reader", () => {
    expect(found("[ED: verify the turnout] 2,300 joined the clean-up")).toEqual([["note", "[ED: verify the turnout]"]]);
    expect(found("Gelato is back (pls add close-up pic of the cone)")).toEqual([["note", "(pls add close-up pic of the cone)"]]);
    expect(found("Gala tickets are live (please use the side entrance, photo ID required)")).toEqual([]);
    expect(found("Meet our new chef [NOTE: she starts on Monday]")).toEqual([]);
  });

  it("finds a request to judge the wording, not a question to the audience", () => {
    expect(found("lmk if the wording is too salesy\n\nThe only shoe you need").map(([id]) => id)).toEqual(["note"]);
    expect(found("is the cta clear enough? Book your free trial").map(([id]) => id)).toEqual(["note"]);
    expect(found("Tell me if this shade suits my skin tone")).toEqual([]);
    expect(found("Is the emoji keyboard on your phone broken too?")).toEqual([]);
  });

  it("finds copy handed over with a request, not a post handed to readers", () => {
    expect(found("Respected Sir, PFA the caption for Teachers' Day, please approve.\n\nHappy Teachers' Day").map(([id]) => id)).toEqual(["note"]);
    expect(found("Here's the thread for anyone who asked, let me know if you have questions")).toEqual([]);
  });

  it("finds versions sent for a choice when the post says so or picks one", () => {
    expect(found("Copy options:\nA) Bottled sunshine\nB) Summer in a jar\nwhich one?").map(([id]) => id)).toEqual(["options", "options"]);
    expect(found("Option 1: Coffee first\nOption 2: Flat whites\nleaning towards 1, up to you").map(([id]) => id)).toEqual(["options", "options"]);
    expect(found("Three caption options for your beach pics\n1) Sun's out\n2) Salty hair")).toEqual([]);
  });

  it("finds a creator brief's counted deliverables, not counts said to readers", () => {
    expect(found("Brief: 2x TikToks + 1 IG story, mention code GLOW").map(([id]) => id)).toEqual(["instruction"]);
    expect(found("Min 2 reels with the product in hand").map(([id]) => id)).toEqual(["instruction"]);
    expect(found("3 reels and 2 stories from the festival, link in bio")).toEqual([]);
    expect(found("Join us for at least 3 stories of adventure at the library")).toEqual([]);
  });

  it("is an error with a message that says what to do", () => {
    const [v] = runRule(rule, "Shop now: [link]");
    expect(v.severity).toBe(2);
    expect(v.message).toBe(
      "“[link]” is a placeholder left in the post; readers would see it as it is. Fill it in (the link, the name, the figure) or remove it before publishing.",
    );
  });
});

describe("leaked-brief: notes read by their evidence", () => {
  const ids = (text: string) => found(text).map(([id]) => id);

  it.each([
    ["a name addressed and an approver's word", "Owen - compliance said no to 'guaranteed', fixing it\n\nFixed-rate savings are back 💷"],
    ["a name addressed and a request to do something to the post", "Nia can u add the venue here? thx\nQuiz night is back 🧠"],
    ["a version of the copy and its name", "v3 of the caption, a bit tighter: 'Mondays, sorted ☕'"],
    ["the post's publishing and chat shorthand", "plz keep this LinkedIn only\nWe're hiring two data engineers 💼"],
    ["a status line and an approval", "WIP - awaiting approval from Dee\nOur spring timetable is out 🚆"],
  ])("finds a note from two families of evidence: %s", (_, text) => {
    expect(ids(text)).toEqual(["note"]);
  });

  it.each([
    ["a name alone", "Hi Colm, sorry for the wait. Your refund is on its way ^LH"],
    ["a name and a customer's errand", "Hi Leah, can you post the item back to us using the free label?"],
    ["an appositive", "Rosa, our head chef, has tested every recipe. Pls try the ramen 🍜"],
    ["a publishing phrase said to readers", "Our website goes live on Monday at 9am 🚀 pls share"],
    ["praise for a customer's post", "Hi Sam, loved the reel! Mind if we share it?"],
  ])("leaves one family of evidence alone: %s", (_, text) => {
    expect(found(text)).toEqual([]);
  });

  it("finds an aside that directs the editor, not one that speaks to the reader", () => {
    expect(found("Hardship grants now open [swap in the FAQ link once the dev team confirms]")).toEqual([["note", "[swap in the FAQ link once the dev team confirms]"]]);
    expect(found("Big news for members (too pushy? maybe cut the exclamation marks) fees are frozen")).toEqual([["note", "(too pushy? maybe cut the exclamation marks)"]]);
    expect(found("Iced lattes are back (add a shot of vanilla for 50c)")).toEqual([]);
    expect(found("Doors at 7 (use the side entrance, photo ID required)")).toEqual([]);
  });

  it("reports the parts of a pasted e-mail, not a gift tag or an event's details", () => {
    expect(found("From: Dan Okoro\nCc: Social\nSubject: storm update\n\nCrews are out across the county.")).toEqual([["pasted", "From: Dan Okoro\nCc: Social\nSubject: storm update"]]);
    expect(found("Our Exeter branch reopens Monday.\n\nSent from my Android")).toEqual([["pasted", "Sent from my Android"]]);
    expect(found("To: Mum\nFrom: me ❤️\nBoxes ship until Thursday")).toEqual([]);
    expect(found("Date: 14 June\nTime: 7pm\nVenue: The Old Mill")).toEqual([]);
  });

  it("ends a note where the copy it hands over begins", () => {
    expect(found("shorter version in case the first is too wordy: 'Hola, day 30 🔥'")).toEqual([["note", "shorter version in case the first is too wordy:"]]);
    expect(found("Ok last version I promise 😅 'Good coffee. Better company.'")).toEqual([["note", "Ok last version I promise 😅"]]);
  });
});

describe("leaked-brief through the CLI", () => {
  it("points at the leftover in a draft file and exits 1", () => {
    const run = postlint([fixture("leaked-brief/pasted-brief.txt"), "--format", "json"]);
    expect(run.status).toBe(1);
    const messages = jsonReport(run)[0].messages.filter((m) => m.ruleId === "leaked-brief");
    expect(messages.map((m) => [m.messageId, m.line, m.column])).toEqual([
      ["instruction", 1, 23],
      ["label", 2, 1],
      ["placeholder", 3, 18],
    ]);
  });
});
