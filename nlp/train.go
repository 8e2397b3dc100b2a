package nlp

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"sync"

	"parley"
)

// TrainConfig sets the training schedule. The zero value of a field picks
// its default.
type TrainConfig struct {
	TaggerEpochs int    // default 8
	ParserEpochs int    // default 15
	Folds        int    // jackknife folds for the parser's training tags; default 4
	Seed         uint64 // shuffling seed; default 1
	// Mix is the number of parsers trained from different shuffles whose
	// averaged weights are mixed into the model's; default 2.
	Mix int
	// Progress, when set, receives a line about each finished stage.
	Progress func(msg string)
}

func (c *TrainConfig) defaults() {
	if c.TaggerEpochs == 0 {
		c.TaggerEpochs = 8
	}
	if c.ParserEpochs == 0 {
		c.ParserEpochs = 15
	}
	if c.Folds == 0 {
		c.Folds = 4
	}
	if c.Mix == 0 {
		c.Mix = 2
	}
	if c.Seed == 0 {
		c.Seed = 1
	}
	if c.Progress == nil {
		c.Progress = func(string) {}
	}
}

// Train trains the tagger, lemmatizer and parser on a treebank and returns
// the model file (the format Load and the embedded model use). Training is
// deterministic: the same data and config give the same bytes.
func Train(train []TreebankSentence, cfg TrainConfig) ([]byte, error) {
	cfg.defaults()
	if len(train) == 0 {
		return nil, fmt.Errorf("train: no sentences")
	}
	// The models read forms as Analyze gives them (normForm).
	norm := make([]TreebankSentence, len(train))
	for i, s := range train {
		norm[i] = s
		norm[i].Words = slices.Clone(s.Words)
		for j := range norm[i].Words {
			norm[i].Words[j].Text = normForm(norm[i].Words[j].Text)
		}
	}
	train = norm
	classes, classOf := tagClasses(train)
	// Jackknifed tags: each fold is tagged by a tagger trained on the others,
	// so the parser learns from tags as noisy as it will see.
	predicted := make([][]int, len(train))
	alts := make([][]tagAlt, len(train))
	var wg sync.WaitGroup
	for f := 0; f < cfg.Folds; f++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var rest []TreebankSentence
			var held []int
			for i := range train {
				if i%cfg.Folds == f {
					held = append(held, i)
				} else {
					rest = append(rest, train[i])
				}
			}
			t := trainTagger(rest, classes, classOf, cfg.TaggerEpochs, cfg.Seed)
			for _, i := range held {
				predicted[i], alts[i] = tagWords(t, train[i].Words)
			}
		}()
	}
	wg.Wait()
	// The parser sees a runner-up class where the tagger was unsure; how
	// unsure is set from the margins of the held-out tagging errors.
	var errMargins []float32
	for i, s := range train {
		for j, w := range s.Words {
			if a := alts[i][j]; a.class >= 0 && predicted[i][j] != classOf[tagClass{w.UPOS, w.XPOS}] {
				errMargins = append(errMargins, a.margin)
			}
		}
	}
	threshold := altThreshold(errMargins)
	cfg.Progress(fmt.Sprintf("jackknifed tags: %d folds, runner-up threshold %.1f", cfg.Folds, threshold))
	altHashes := make([][]uint64, len(train))
	for i, as := range alts {
		altHashes[i] = make([]uint64, len(as))
		for j, a := range as {
			altHashes[i][j] = altHash(a, threshold)
		}
	}
	t := trainTagger(train, classes, classOf, cfg.TaggerEpochs, cfg.Seed)
	t.altMargin = threshold
	cfg.Progress(fmt.Sprintf("tagger: %d classes, %d dictionary words, %d feature rows", len(classes), len(t.dict), t.model.rows))
	l := trainLemmatizer(train)
	cfg.Progress(fmt.Sprintf("lemmatizer: %d lexicon entries, %d suffix rules", len(l.lexicon), len(l.rules)))
	p := trainParser(train, predicted, altHashes, classes, cfg)
	var buf bytes.Buffer
	if err := writeModel(&buf, t, l, p); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// tagClasses returns the tagger's classes: UPOS+XPOS pairs seen at least
// five times, each rarer pair mapped to the commonest pair of its UPOS.
func tagClasses(sents []TreebankSentence) ([]tagClass, map[tagClass]int) {
	count := map[tagClass]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			count[tagClass{w.UPOS, w.XPOS}]++
		}
	}
	var classes []tagClass
	for c, n := range count {
		if n >= 5 {
			classes = append(classes, c)
		}
	}
	slices.SortFunc(classes, func(a, b tagClass) int {
		return strings.Compare(a.UPOS+"\t"+a.XPOS, b.UPOS+"\t"+b.XPOS)
	})
	classOf := map[tagClass]int{}
	for i, c := range classes {
		classOf[c] = i
	}
	for c := range count {
		if _, ok := classOf[c]; ok {
			continue
		}
		best := -1
		for i, k := range classes {
			if k.UPOS == c.UPOS && (best < 0 || count[k] > count[classes[best]]) {
				best = i
			}
		}
		if best < 0 {
			best = 0
		}
		classOf[c] = best
	}
	return classes, classOf
}

// tagDict lists frequent words that (almost) always take one class.
func tagDict(sents []TreebankSentence, classOf map[tagClass]int) map[string]int {
	counts := map[string]map[int]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			if counts[w.Text] == nil {
				counts[w.Text] = map[int]int{}
			}
			counts[w.Text][classOf[tagClass{w.UPOS, w.XPOS}]]++
		}
	}
	dict := map[string]int{}
	for form, m := range counts {
		total, bestN, best := 0, 0, 0
		for c, n := range m {
			total += n
			if n > bestN || n == bestN && c < best {
				best, bestN = c, n
			}
		}
		if total >= 20 && float64(bestN) >= 0.995*float64(total) {
			dict[form] = best
		}
	}
	return dict
}

// tagWords tags gold-tokenized words with t, returning the classes and
// the runner-ups.
func tagWords(t *tagger, words []parley.Token) ([]int, []tagAlt) {
	ws := make([]word, len(words))
	forms := make([]string, len(words))
	for i, w := range words {
		ws[i] = newWord(w.Text)
		forms[i] = w.Text
	}
	out := make([]int, len(words))
	alt := make([]tagAlt, len(words))
	t.tag(forms, ws, out, alt)
	return out, alt
}
