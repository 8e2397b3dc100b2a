package nlp

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestTaggerDev trains only the tagger on EWT train and scores it on EWT
// dev: the quick loop for tagger work (about ten seconds). It runs only
// when PARLEY_TAGGER_DEV is set, to the number of epochs (0 or 1 for the
// default); PARLEY_TAGGER_SEED sets the shuffling seed.
//
//	PARLEY_TAGGER_DEV=1 go test ./nlp -run TestTaggerDev -v
func TestTaggerDev(t *testing.T) {
	env := os.Getenv("PARLEY_TAGGER_DEV")
	if env == "" {
		t.Skip("set PARLEY_TAGGER_DEV to train the tagger on EWT train and score it on dev")
	}
	cfg := TrainConfig{}
	if e, _ := strconv.Atoi(env); e > 1 {
		cfg.TaggerEpochs = e
	}
	cfg.Seed, _ = strconv.ParseUint(os.Getenv("PARLEY_TAGGER_SEED"), 10, 64)
	cfg.defaults()
	train, dev := readEWT(t, "train"), readEWT(t, "dev")
	classes, classOf := tagClasses(train)
	start := time.Now()
	tg := trainTagger(train, classes, classOf, cfg.TaggerEpochs, cfg.Seed)
	trainTime := time.Since(start)
	start = time.Now()
	var n, upos, xpos, unk, unkOK int
	confusions := map[string]int{}
	for _, s := range dev {
		tags, _ := tagWords(tg, s.Words)
		for i, w := range s.Words {
			c := classes[tags[i]]
			n++
			if c.UPOS == w.UPOS {
				upos++
			} else {
				confusions[w.UPOS+"→"+c.UPOS]++
			}
			if c.XPOS == w.XPOS {
				xpos++
			}
			if _, ok := tg.ambig[hashString(strings.ToLower(w.Text))]; !ok {
				unk++
				if c.UPOS == w.UPOS {
					unkOK++
				}
			}
		}
	}
	tagTime := time.Since(start)
	pct := func(a, b int) float64 { return 100 * float64(a) / float64(b) }
	t.Logf("epochs %d, seed %d: dev UPOS %.2f XPOS %.2f (unknown words %d: UPOS %.2f); %d rows; train %v, tag %v (%.0f tokens/s)",
		cfg.TaggerEpochs, cfg.Seed, pct(upos, n), pct(xpos, n), unk, pct(unkOK, unk), tg.model.rows,
		trainTime.Round(time.Millisecond), tagTime.Round(time.Millisecond), float64(n)/tagTime.Seconds())
	keys := make([]string, 0, len(confusions))
	for k := range confusions {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if d := confusions[b] - confusions[a]; d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	var line string
	for _, k := range keys[:min(len(keys), 16)] {
		line += fmt.Sprintf(" %s:%d", k, confusions[k])
	}
	t.Logf("UPOS confusions (gold→predicted):%s", line)
}
