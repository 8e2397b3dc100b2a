package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"parley/nlp"
)

// runTrain rebuilds the tagger, lemmatizer and parser and the sentence
// splitter from a UD treebank and writes the model files that package nlp
// embeds (en_ewt.model and en_ewt_sent.model); --only picks one of them.
func (m *Main) runTrain(ctx context.Context, args []string) error {
	fs := m.newFlagSet("train", "train [--ud DIR] [--out DIR] [--only parser|sentences]")
	ud := fs.String("ud", filepath.Join("..", "shared", "ud", "en_ewt"), "directory holding en_ewt-ud-{train,dev}.conllu")
	out := fs.String("out", filepath.Join("nlp", "model"), "directory to write en_ewt.model and en_ewt_sent.model into")
	only := fs.String("only", "", `train only the "parser" model (tagger, lemmatizer, parser: en_ewt.model) or the "sentences" model (en_ewt_sent.model); both when empty`)
	tagEpochs := fs.Int("tagger-epochs", 8, "tagger training passes")
	parseEpochs := fs.Int("parser-epochs", 15, "parser training passes")
	seed := fs.Uint64("seed", 1, "shuffling seed")
	mix := fs.Int("mix", 2, "parsers trained from different shuffles (in parallel) whose averaged weights are mixed")
	withDev := fs.Bool("with-dev", true, "train on the dev split too (scores are then reported on the test split only)")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("train: unexpected arguments %q", fs.Args())
	}
	if *only != "" && *only != "parser" && *only != "sentences" {
		return fmt.Errorf("train: --only wants parser or sentences, not %q", *only)
	}
	start, cpu0 := time.Now(), cpuTime()
	train, err := readTreebank(filepath.Join(*ud, "en_ewt-ud-train.conllu"))
	if err != nil {
		return fmt.Errorf("train: %w", err)
	}
	dev, devErr := readTreebank(filepath.Join(*ud, "en_ewt-ud-dev.conllu"))
	if *withDev {
		if devErr != nil {
			return fmt.Errorf("train: %w (or pass --with-dev=false)", devErr)
		}
		train = append(train, dev...)
	}
	test, testErr := readTreebank(filepath.Join(*ud, "en_ewt-ud-test.conllu"))
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return fmt.Errorf("train: %w", err)
	}
	if *only != "sentences" {
		if *mix < 1 {
			return fmt.Errorf("train: --mix wants 1 or more, not %d", *mix)
		}
		cfg := nlp.TrainConfig{TaggerEpochs: *tagEpochs, ParserEpochs: *parseEpochs, Seed: *seed, Mix: *mix,
			Progress: func(msg string) {
				fmt.Fprintf(m.Stderr, "train: %s (%s)\n", msg, time.Since(start).Round(time.Second))
			}}
		model, err := nlp.Train(train, cfg)
		if err != nil {
			return err
		}
		if err := saveModel(m, filepath.Join(*out, "en_ewt.model"), model, start, cpu0); err != nil {
			return err
		}
		p, err := nlp.Load(model)
		if err != nil {
			return fmt.Errorf("train: reload: %w", err)
		}
		if !*withDev && devErr == nil {
			printScores(m, "dev_", p.Evaluate(dev))
		}
		if testErr == nil {
			printScores(m, "test_", p.Evaluate(test))
		}
	}
	if *only != "parser" {
		start, cpu0 := time.Now(), cpuTime()
		model, err := nlp.TrainSentenceModel(train)
		if err != nil {
			return err
		}
		if err := saveModel(m, filepath.Join(*out, "en_ewt_sent.model"), model, start, cpu0); err != nil {
			return err
		}
		sp, err := nlp.NewSentenceSplitter(model)
		if err != nil {
			return fmt.Errorf("train: reload: %w", err)
		}
		if !*withDev && devErr == nil {
			printSplitScores(m, "dev_", sp.Score(dev))
		}
		if testErr == nil {
			printSplitScores(m, "test_", sp.Score(test))
		}
	}
	return nil
}

// saveModel writes a trained model to path and reports its size and the
// wall and CPU time spent since start and cpu0.
func saveModel(m *Main, path string, model []byte, start time.Time, cpu0 time.Duration) error {
	if err := os.WriteFile(path, model, 0o644); err != nil {
		return fmt.Errorf("train: %w", err)
	}
	fmt.Fprintf(m.Stdout, "model=%s\nbytes=%d\nwall_s=%.1f\ncpu_s=%.1f\n", path, len(model),
		time.Since(start).Seconds(), (cpuTime() - cpu0).Seconds())
	return nil
}

// printSplitScores writes sentence-split F1 overall (sent_f1) and per
// genre (sent_f1_email, …).
func printSplitScores(m *Main, prefix string, scores []nlp.SplitScore) {
	for _, s := range scores {
		name := "sent_f1"
		if s.Genre != "all" {
			name += "_" + s.Genre
		}
		fmt.Fprintf(m.Stdout, "%s%s=%.4f\n", prefix, name, s.F1)
	}
}

// readTreebank reads a CoNLL-U file.
func readTreebank(path string) ([]nlp.TreebankSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return nlp.ReadCoNLLU(f, path)
}

// cpuTime returns the user+system CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// printScores writes evaluation scores one name=value per line.
func printScores(m *Main, prefix string, s nlp.Scores) {
	fmt.Fprintf(m.Stdout, "%supos=%.4f\n%sxpos=%.4f\n%slemma=%.4f\n%suas=%.4f\n%slas=%.4f\n%slas_full=%.4f\n%ssent_f1=%.4f\n%swords=%d\n",
		prefix, s.UPOS, prefix, s.XPOS, prefix, s.Lemma, prefix, s.UAS, prefix, s.LAS, prefix, s.LASFull, prefix, s.SentF1, prefix, s.Words)
}
