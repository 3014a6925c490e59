"""FU301 casual-language."""

from __future__ import annotations

from followup.checks.phrases import PhraseRule


class CasualLanguage(PhraseRule):
    """Slang, chat abbreviations and a "Hey" greeting.

    ## What it flags
    Words that belong in a text to a friend: "hey", "lol", "gonna", "wanna",
    "thx", "pls", "btw", "what's up", "yeah", a lower-case "u" for "you", and
    so on. Add your own under `[phrases] casual = [...]`. A company name such as
    "Lol Labs" is not flagged.

    ## Why
    The interview was a professional conversation and the note continues it.
    Chat language makes the writer look careless at the moment they want to
    look their most dependable.

    ## Example
    ```
    Hey Dana, thx for the chat, gonna send my portfolio later!
    ```

    ## Instead
    ```
    Hi Dana, thank you for the conversation; I will send my portfolio this afternoon.
    ```
    """

    code = "FU301"
    name = "casual-language"
    severity = "error"
    phrase_key = "casual"
    message = "casual language {text!r}: write it out in plain professional words"
    patterns = (
        r"heyy*",
        r"heya",
        r"hiya",
        r"howdy",
        r"loll*",
        r"lmao",
        r"rofl",
        r"omg",
        r"wtf",
        r"gonna",
        r"wanna",
        r"gotta",
        r"kinda",
        r"sorta",
        r"dunno",
        r"lemme",
        r"gimme",
        r"y'all",
        r"thx",
        r"thnx",
        r"thanx",
        r"tnx",
        r"pls",
        r"plz",
        r"cuz",
        r"btw",
        r"idk",
        r"tbh",
        r"imho",
        r"ttyl",
        r"brb",
        r"cya",
        r"nvm",
        r"smh",
        r"what'?s up",
        r"wassup",
        r"sup\b(?=\s*[?!,])",
        r"dude",
        r"bro",
        r"yeah",
        r"yep",
        r"yup",
        r"nope",
        r"nah",
        r"stoked",
        r"no biggie",
        r"cool beans",
        r"catch ya",
        r"awesome sauce",
    )
    cased_patterns = (r"u", r"ur", r"r u", r"ya")
