package nlp

import (
	"bytes"
	"strings"
	"testing"

	"parley"
)

// sentenceTexts returns the text of each sentence sp finds in text.
func sentenceTexts(sp *SentenceSplitter, text string) []string {
	var out []string
	for _, s := range sp.Tokenize(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

// TestSentenceSplitter pins the embedded model on news, which it must split
// as the rules do, and on e-mail, where it finds what the rules cannot.
func TestSentenceSplitter(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// News.
		{"Dateline", "GENEVA (Reuters) - The Security Council met on Friday. It adopted a resolution.",
			[]string{"GENEVA (Reuters) -", "The Security Council met on Friday.", "It adopted a resolution."}},
		{"TitledName", "PM Kakar met President Abbas in Riyadh on Monday.",
			[]string{"PM Kakar met President Abbas in Riyadh on Monday."}},
		{"TimeInProse", "The meeting began at 10:30 PM Monday and ended at midnight.",
			[]string{"The meeting began at 10:30 PM Monday and ended at midnight."}},
		{"Abbreviations", "The deal was signed by Dr. Ahmed and Mr. Smith on Jan. 5 in the U.S. capital. It takes effect in March.",
			[]string{"The deal was signed by Dr. Ahmed and Mr. Smith on Jan. 5 in the U.S. capital.", "It takes effect in March."}},
		{"QuoteAfterColon", "He said: “We will win.” She agreed.",
			[]string{"He said: “We will win.”", "She agreed."}},
		{"QuotedSentences", "“We are ready,” the minister said. “We will act.”",
			[]string{"“We are ready,” the minister said.", "“We will act.”"}},
		{"Figures", "The UN said 1.2 million people had fled, 300 of them children. Aid agencies warned of famine.",
			[]string{"The UN said 1.2 million people had fled, 300 of them children.", "Aid agencies warned of famine."}},
		{"HeadlineLine", "Pakistan, Iran agree to boost trade\nISLAMABAD: Pakistan and Iran agreed on Monday to boost trade.",
			[]string{"Pakistan, Iran agree to boost trade\nISLAMABAD:", "Pakistan and Iran agreed on Monday to boost trade."}},
		{"Headline", "Leaders Meet in Doha\n\nThe leaders met on Monday.",
			[]string{"Leaders Meet in Doha", "The leaders met on Monday."}},
		{"BracketsInSentence", "Lt. Gen. (retd) Faiz Hameed met the minister (PTI) Imran Khan in Rawalpindi. They spoke for an hour.",
			[]string{"Lt. Gen. (retd) Faiz Hameed met the minister (PTI) Imran Khan in Rawalpindi.", "They spoke for an hour."}},
		{"SourceInBrackets", "Talks resumed on Monday. (AFP) The envoys met again in Doha.",
			[]string{"Talks resumed on Monday.", "(AFP) The envoys met again in Doha."}},
		{"Rupees", "The government released Rs. 5 billion for flood relief on Tuesday.",
			[]string{"The government released Rs. 5 billion for flood relief on Tuesday."}},
		// E-mail and chat.
		{"MailHeader", "Jane Doe 03/14/2002 10:15 AM Bob, Can you send me the draft?",
			[]string{"Jane Doe", "03/14/2002 10:15 AM", "Bob, Can you send me the draft?"}},
		{"Closing", "Regards, Peter Novak", []string{"Regards,", "Peter Novak"}},
		{"Signature", "Hi Tom, Attached is the revised schedule. Please review it and let me know. Thanks, Anna",
			[]string{"Hi Tom, Attached is the revised schedule.", "Please review it and let me know.", "Thanks,", "Anna"}},
		{"Shouts", "call the vet ASAP!!! esp if she is not eating. Do you use Yahoo! and Gmail?",
			[]string{"call the vet ASAP!!!", "esp if she is not eating.", "Do you use Yahoo! and Gmail?"}},
		{"LowercaseChat", "ok. i will call her tomorrow. she said yes",
			[]string{"ok.", "i will call her tomorrow.", "she said yes"}},
	}
	sp := defaultSplitter()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(sp, tt.text)
			if strings.Join(got, "\n|") != strings.Join(tt.want, "\n|") {
				t.Errorf("Tokenize(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestRuleSplitter checks that a splitter without a model keeps the rules.
func TestRuleSplitter(t *testing.T) {
	sp, err := NewSentenceSplitter(nil)
	if err != nil {
		t.Fatal(err)
	}
	text := "Regards, Peter Novak"
	if got := sentenceTexts(sp, text); len(got) != 1 || got[0] != text {
		t.Errorf("rules split %q into %q", text, got)
	}
	if got := sentenceTexts(sp, "He left. She stayed."); len(got) != 2 {
		t.Errorf("rules: got %q", got)
	}
}

func TestEmbeddedSentModel(t *testing.T) {
	if len(embeddedSentModel) == 0 {
		t.Fatal("nlp/model/en_ewt_sent.model is empty; run parley train --only sentences")
	}
	if _, err := readSentModel(embeddedSentModel); err != nil {
		t.Fatal(err)
	}
	if defaultSplitter().model == nil {
		t.Fatal("the default splitter has no model")
	}
}

// toyTreebank is a few e-mail paragraphs written for the test, with
// sentences that end without punctuation.
func toyTreebank() []TreebankSentence {
	paras := [][]string{
		{"Hi Mark,", "The report is attached.", "Thanks", "Lisa"},
		{"Meeting moved to Friday", "Please tell the team."},
		{"ok.", "i will send it tomorrow", "Bob"},
		{"Dear all,", "The office is closed on Monday.", "Regards,", "Ann Lee"},
	}
	var out []TreebankSentence
	for k := 0; k < 4; k++ {
		for i, p := range paras {
			for j, s := range p {
				ts := TreebankSentence{ID: "email-toy", Text: s, NewDoc: i == 0 && j == 0, NewPar: j == 0}
				for _, tok := range Tokenize(s)[0].Tokens {
					ts.Words = append(ts.Words, parley.Token{Text: tok.Text, UPOS: "X"})
				}
				out = append(out, ts)
			}
		}
	}
	return out
}

func TestTrainSentenceModel(t *testing.T) {
	sents := toyTreebank()
	a, err := TrainSentenceModel(sents)
	if err != nil {
		t.Fatal(err)
	}
	b, err := TrainSentenceModel(sents)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("training twice gave different models")
	}
	sp, err := NewSentenceSplitter(a)
	if err != nil {
		t.Fatal(err)
	}
	rules, _ := NewSentenceSplitter(nil)
	if got, base := sp.Score(sents)[0].F1, rules.Score(sents)[0].F1; got <= base {
		t.Errorf("toy treebank: model F1 %.3f, rules %.3f", got, base)
	}
	if _, err := TrainSentenceModel(nil); err == nil {
		t.Error("no error for an empty treebank")
	}
}

func TestReadSentModelErrors(t *testing.T) {
	for _, data := range [][]byte{[]byte("not gzip"), embeddedSentModel[:len(embeddedSentModel)/2]} {
		if _, err := NewSentenceSplitter(data); err == nil {
			t.Errorf("no error for %d bytes of bad model", len(data))
		}
	}
}

func FuzzReadSentModel(f *testing.F) {
	f.Add(embeddedSentModel)
	f.Add([]byte{0x1f, 0x8b})
	f.Fuzz(func(t *testing.T, data []byte) {
		sp, err := NewSentenceSplitter(data)
		if err != nil || sp == nil {
			return
		}
		sp.Tokenize("Thanks, Anna 03/14/2002 10:15 AM ok. i will")
	})
}

// Floors under which the committed sentence model must not fall on EWT
// test (see docs/nlp.md for the measured figures).
const (
	minSplitF1      = 0.89
	minSplitF1Email = 0.83
)

// TestSentenceSplitEWT scores the embedded model per genre on EWT dev and
// test (skipped when ../shared/ud/en_ewt is absent).
func TestSentenceSplitEWT(t *testing.T) {
	for _, split := range []string{"dev", "test"} {
		for _, s := range defaultSplitter().Score(readEWT(t, split)) {
			t.Logf("%s %-9s sentences %5d  P %.4f R %.4f F1 %.4f", split, s.Genre, s.Sentences, s.Precision, s.Recall, s.F1)
			if split != "test" {
				continue
			}
			if s.Genre == "all" && s.F1 < minSplitF1 || s.Genre == "email" && s.F1 < minSplitF1Email {
				t.Errorf("test %s: sentence F1 %.4f below the floor", s.Genre, s.F1)
			}
		}
	}
}

// BenchmarkTokenize measures tokenizing and sentence splitting on the raw
// text of the EWT dev split (skipped when ../shared/ud/en_ewt is absent).
func BenchmarkTokenize(b *testing.B) {
	text, _ := RawText(readEWT(b, "dev"))
	tokens := 0
	cpu0 := cpuTime()
	for b.Loop() {
		for _, s := range Tokenize(text) {
			tokens += len(s.Tokens)
		}
	}
	reportTokens(b, tokens, cpu0)
}

// BenchmarkTokenizeNews measures tokenizing the news-like benchmark text.
func BenchmarkTokenizeNews(b *testing.B) {
	tokens := 0
	cpu0 := cpuTime()
	for b.Loop() {
		for _, s := range Tokenize(benchText) {
			tokens += len(s.Tokens)
		}
	}
	reportTokens(b, tokens, cpu0)
}
