package nlp

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"

	"parley"
)

// toyParsed is a tiny treebank written for the tests, each sentence
// repeated so that every class clears the training thresholds.
func toyParsed(t testing.TB) []TreebankSentence {
	t.Helper()
	const one = `# text = The ministers met in Doha.
1	The	the	DET	DT	_	2	det	_	_
2	ministers	minister	NOUN	NNS	_	3	nsubj	_	_
3	met	meet	VERB	VBD	_	0	root	_	_
4	in	in	ADP	IN	_	5	case	_	_
5	Doha	Doha	PROPN	NNP	_	3	obl	_	SpaceAfter=No
6	.	.	PUNCT	.	_	3	punct	_	_

# text = She condemned the strike, and he agreed.
1	She	she	PRON	PRP	_	2	nsubj	_	_
2	condemned	condemn	VERB	VBD	_	0	root	_	_
3	the	the	DET	DT	_	4	det	_	_
4	strike	strike	NOUN	NN	_	2	obj	_	SpaceAfter=No
5	,	,	PUNCT	,	_	8	punct	_	_
6	and	and	CCONJ	CC	_	8	cc	_	_
7	he	he	PRON	PRP	_	8	nsubj	_	_
8	agreed	agree	VERB	VBD	_	2	conj	_	SpaceAfter=No
9	.	.	PUNCT	.	_	2	punct	_	_

`
	sents, err := ReadCoNLLU(strings.NewReader(strings.Repeat(one, 8)), "toy.conllu")
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

// The whole model trains deterministically (two mixed parsers in parallel
// included), loads, and parses into a tree.
func TestTrainDeterministic(t *testing.T) {
	cfg := TrainConfig{TaggerEpochs: 2, ParserEpochs: 3, Folds: 2, Mix: 2}
	a, err := Train(toyParsed(t), cfg)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Train(toyParsed(t), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("training twice gave different model files")
	}
	p, err := Load(a)
	if err != nil {
		t.Fatal(err)
	}
	toks := []parley.Token{{Text: "The"}, {Text: "ministers"}, {Text: "met"}, {Text: "in"}, {Text: "Doha"}, {Text: "."}}
	p.Analyze(toks)
	heads := make([]int, len(toks))
	for i, tok := range toks {
		heads[i] = tok.Head
	}
	if !isTree(heads) {
		t.Errorf("heads %v are not a tree", heads)
	}
	if toks[2].Deprel != "root" || toks[1].Deprel != "nsubj" {
		t.Errorf("met = %s, ministers = %s; want root, nsubj", toks[2].Deprel, toks[1].Deprel)
	}
	if _, err := Train(nil, cfg); err == nil {
		t.Error("no error for an empty treebank")
	}
}

func TestLoadErrors(t *testing.T) {
	var wrongMagic bytes.Buffer
	zw := gzip.NewWriter(&wrongMagic)
	zw.Write([]byte("\x0aparley-nlp-model/1"))
	zw.Close()
	for name, data := range map[string][]byte{
		"empty":       nil,
		"not gzip":    []byte("not a model"),
		"old format":  wrongMagic.Bytes(),
		"truncated":   embeddedModel[:len(embeddedModel)/3],
		"gzip header": embeddedModel[:10],
	} {
		if _, err := Load(data); err == nil {
			t.Errorf("%s: no error", name)
		} else if !strings.HasPrefix(err.Error(), "model:") {
			t.Errorf("%s: error %q does not say it is about the model", name, err)
		}
	}
}

func FuzzLoad(f *testing.F) {
	model, err := Train(toyParsed(f), TrainConfig{TaggerEpochs: 1, ParserEpochs: 1, Folds: 2, Mix: 1})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(model)
	f.Add(model[:len(model)/2])
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Load(data)
		if err != nil {
			return
		}
		toks := []parley.Token{{Text: "He"}, {Text: "agreed"}, {Text: "."}}
		p.Analyze(toks)
	})
}
