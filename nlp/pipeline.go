package nlp

import (
	_ "embed"
	"strings"
	"sync"

	"parley"
)

// Pipeline tags, lemmatizes and parses text with trained models. It holds
// no per-document state, so one Pipeline serves many goroutines.
type Pipeline struct {
	tagger *tagger
	lemma  *lemmatizer
	parser *parser
	pool   sync.Pool // *work
}

// work is the scratch memory of one Analyze call.
type work struct {
	words   []word
	forms   []string
	tags    []int
	alts    []tagAlt
	hedges  []uint64
	heads   []int
	labels  []int
	xpos    []string
	upos    []string
	scratch scratch
}

func newPipeline(t *tagger, l *lemmatizer, p *parser) *Pipeline {
	pl := &Pipeline{tagger: t, lemma: l, parser: p}
	pl.pool.New = func() any { return new(work) }
	return pl
}

//go:embed model/en_ewt.model
var embeddedModel []byte

var (
	defaultOnce     sync.Once
	defaultPipeline *Pipeline
	defaultErr      error
)

// Default returns the pipeline with the models embedded in the binary
// (trained on UD English EWT), loading them on first use.
func Default() (*Pipeline, error) {
	defaultOnce.Do(func() {
		defaultPipeline, defaultErr = readModel(embeddedModel)
	})
	return defaultPipeline, defaultErr
}

// Load returns a pipeline with the models in data, as written by Train.
func Load(data []byte) (*Pipeline, error) { return readModel(data) }

// Annotate splits doc.Text into sentences and tokens and fills each
// token's UPOS, XPOS, lemma, head and relation.
func (p *Pipeline) Annotate(doc *parley.Document) {
	doc.Sentences = Tokenize(doc.Text)
	for i := range doc.Sentences {
		p.Analyze(doc.Sentences[i].Tokens)
	}
}

// Analyze tags, lemmatizes and parses one sentence given as tokens (only
// their Text is read), filling UPOS, XPOS, Lemma, Head and Deprel in place.
// It serves --pretokenized input and evaluation on gold tokens.
func (p *Pipeline) Analyze(toks []parley.Token) {
	n := len(toks)
	if n == 0 {
		return
	}
	w := p.pool.Get().(*work)
	defer p.pool.Put(w)
	w.words = w.words[:0]
	w.forms = w.forms[:0]
	for _, t := range toks {
		f := normForm(t.Text)
		w.words = append(w.words, newWord(f))
		w.forms = append(w.forms, f)
	}
	w.tags = fill(w.tags, n, 0)
	w.heads = fill(w.heads, n, -1)
	w.labels = fill(w.labels, n, 0)
	w.alts = fill(w.alts, n, tagAlt{})
	w.hedges = fill(w.hedges, n, 0)
	p.tagger.tag(w.forms, w.words, w.tags, w.alts)
	// Applied here rather than in tag, so that the parser's jackknifed
	// training tags, and with them the committed model, do not change.
	p.tagger.functionWordNames(w.forms, w.tags)
	p.tagger.unseenFunctionWords(w.forms, w.words, w.tags)
	if p.tagger.unseenNames(w.forms, w.words, w.tags) {
		p.tagger.nameNouns(w.forms, w.tags)
	}
	p.tagger.relativeVerb(w.forms, w.tags)
	p.tagger.possessivePronounNoun(w.tags)
	p.tagger.nounGerund(w.forms, w.tags)
	p.tagger.demonymTitle(w.forms, w.words, w.tags)
	p.tagger.lastBeforeParticiple(w.forms, w.tags)
	p.tagger.perfectWithAdverb(w.forms, w.tags)
	if p.tagger.compoundNouns(w.forms, w.tags) {
		p.tagger.finiteVerb(w.forms, w.tags) // "Police used tear gas": "used" may be the only verb left
	}
	if p.tagger.initialPlural(w.forms, w.words, w.tags) || p.tagger.modifiedPlural(w.forms, w.words, w.tags) {
		p.tagger.finiteVerb(w.forms, w.tags) // the sentence may have lost its only finite verb
	}
	for i, a := range w.alts {
		w.hedges[i] = altHash(a, p.tagger.altMargin)
	}
	s := newSentence(w.words, w.tags, w.hedges, p.tagger.classes)
	p.parser.parse(s, w.forms, &w.scratch, w.heads, w.labels)
	w.upos, w.xpos = w.upos[:0], w.xpos[:0]
	for _, t := range w.tags {
		w.upos, w.xpos = append(w.upos, p.tagger.classes[t].UPOS), append(w.xpos, p.tagger.classes[t].XPOS)
	}
	sub := &subParse{ws: w.words, tags: w.tags, hedges: w.hedges, classes: p.tagger.classes, forms: w.forms, sc: &w.scratch}
	if c := frontedSpan(w.forms, w.upos, w.xpos); c >= 0 && !p.parser.cleanFronted(w.heads, c) {
		p.parser.graftFronted(sub, w.upos, w.heads, w.labels, c)
	}
	for _, sp := range relativeSpans(w.forms, w.upos, w.xpos) {
		if !p.parser.cleanRelative(w.heads, w.labels, sp[0], sp[1]) {
			p.parser.graftRelative(sub, w.heads, w.labels, sp[0], sp[1])
		}
	}
	p.parser.promoteFiniteAcl(w.upos, w.xpos, w.heads, w.labels)
	p.parser.lowerConjToSpeaker(w.forms, w.xpos, w.heads, w.labels)
	p.parser.speakerSubject(w.forms, w.upos, w.heads, w.labels)
	p.parser.objectGerund(w.forms, w.upos, w.xpos, w.heads, w.labels)
	p.parser.reportedClause(w.forms, w.upos, w.heads, w.labels)
	if p.tagger.vbd >= 0 {
		for _, v := range p.parser.activeParticiple(w.xpos, w.heads, w.labels) {
			w.tags[v] = p.tagger.vbd
			w.upos[v], w.xpos[v] = p.tagger.classes[w.tags[v]].UPOS, p.tagger.classes[w.tags[v]].XPOS
		}
	}
	p.parser.visitingGuest(w.forms, w.upos, w.heads, w.labels)
	p.parser.possessorOnVerb(w.upos, w.heads, w.labels)
	p.parser.possessorPhrase(w.forms, w.upos, w.heads, w.labels)
	p.parser.trailingCase(w.forms, w.upos, w.heads, w.labels)
	p.parser.relativeAfterComma(w.forms, w.upos, w.heads, w.labels)
	p.parser.afterRelative(w.forms, w.upos, w.xpos, w.heads, w.labels)
	p.parser.markedClause(w.forms, w.upos, w.xpos, w.heads, w.labels)
	p.parser.markedSubject(w.forms, w.upos, w.xpos, w.heads, w.labels)
	p.parser.timeObject(w.forms, w.upos, w.heads, w.labels)
	p.parser.subjectClause(w.forms, w.heads, w.labels)
	p.parser.listSubjects(w.forms, w.heads, w.labels)
	p.parser.participleOnMain(w.forms, w.upos, w.xpos, w.heads, w.labels)
	p.parser.verbConjOnObject(w.upos, w.xpos, w.heads, w.labels)
	p.parser.appositiveClaim(w.forms, w.upos, w.xpos, w.heads, w.labels)
	p.parser.listItems(w.forms, w.upos, w.heads, w.labels)
	if p.tagger.vbd >= 0 {
		for _, v := range p.parser.controlConj(w.forms, w.upos, w.xpos, w.heads, w.labels) {
			w.tags[v] = p.tagger.vbd
			w.upos[v], w.xpos[v] = p.tagger.classes[w.tags[v]].UPOS, p.tagger.classes[w.tags[v]].XPOS
		}
	}
	for i := range toks {
		c := p.tagger.classes[w.tags[i]]
		toks[i].UPOS, toks[i].XPOS = c.UPOS, c.XPOS
		// Lemmas of the ASCII forms, as EWT writes them ("’s" → "'s").
		toks[i].Lemma = p.lemma.lemma(w.forms[i], c.UPOS, c.XPOS)
		toks[i].Head = w.heads[i]
		toks[i].Deprel = p.parser.labels[w.labels[i]]
	}
}

// typographic maps the typographic punctuation of news to the ASCII forms
// the treebank mostly uses ("—" is rare in EWT, "--" is common), so that
// the models read "Pakistan’s" and "Pakistan's" alike.
var typographic = strings.NewReplacer(
	"—", "--", "―", "--", "–", "-", "‒", "-",
	"“", "\"", "”", "\"", "„", "\"", "‘", "'", "’", "'", "…", "...")

// normForm returns the form the models read for token text s.
func normForm(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return typographic.Replace(s)
		}
	}
	return s
}
