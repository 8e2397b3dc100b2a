package coder

import "strings"

// irregular maps irregular verb forms of the pattern dictionary's verbs to
// their lemmas, for tokens the tagger mislabelled (a "spoke" tagged as a
// noun keeps "spoke" as its lemma).
var irregular = map[string]string{
	"met": "meet", "spoke": "speak", "spoken": "speak", "held": "hold", "made": "make",
	"paid": "pay", "sent": "send", "gave": "give", "given": "give", "took": "take",
	"taken": "take", "led": "lead", "told": "tell", "said": "say", "saw": "see",
	"seen": "see", "fought": "fight", "shot": "shoot", "struck": "strike",
	"stricken": "strike", "broke": "break", "broken": "break", "sought": "seek",
	"began": "begin", "begun": "begin", "threw": "throw", "brought": "bring",
	"froze": "freeze", "frozen": "freeze", "went": "go", "gone": "go", "rang": "ring",
	"withdrew": "withdraw", "withdrawn": "withdraw", "stood": "stand", "won": "win",
	"ran": "run", "cut": "cut", "hit": "hit", "put": "put", "set": "set", "let": "let",
	"beat": "beat", "beaten": "beat", "forgave": "forgive", "forgiven": "forgive",
	"underwent": "undergo", "wrote": "write", "written": "write", "drew": "draw",
	"flew": "fly", "swore": "swear", "sworn": "swear", "slew": "slay", "slain": "slay",
	"bore": "bear", "borne": "bear", "rose": "rise", "risen": "rise", "fled": "flee",
}

// verbLemmas returns the lemmas a verb form may have ("condemned" →
// "condemn"; "praised" → "praise"; "denied" → "deny"; "slammed" → "slam";
// "hosting" → "host"; "urges" → "urge"), for matching tokens the tagger did
// not recognise as verbs. Candidates need not be words: only those that a
// pattern names are ever used.
func verbLemmas(text string) []string {
	w := strings.ToLower(text)
	if l, ok := irregular[w]; ok {
		return []string{l}
	}
	var out []string
	add := func(s string) {
		if len(s) >= 2 {
			out = append(out, s)
		}
	}
	for _, suf := range []string{"ed", "ing"} {
		if stem, ok := strings.CutSuffix(w, suf); ok {
			add(stem)
			add(stem + "e")
			if n := len(stem); n >= 3 && stem[n-1] == stem[n-2] {
				add(stem[:n-1])
			}
			if suf == "ed" {
				if s, ok := strings.CutSuffix(stem, "i"); ok {
					add(s + "y")
				}
			}
		}
	}
	if stem, ok := strings.CutSuffix(w, "s"); ok && !strings.HasSuffix(w, "ss") {
		add(stem)
		if s, ok := strings.CutSuffix(stem, "ie"); ok {
			add(s + "y")
		}
		if s, ok := strings.CutSuffix(stem, "e"); ok && (strings.HasSuffix(s, "sh") || strings.HasSuffix(s, "ch") || strings.HasSuffix(s, "ss")) {
			add(s)
		}
	}
	return out
}
