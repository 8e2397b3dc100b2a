package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/RadhiFadlillah/whatlanggo"

	"parley"
)

// readBytes decodes one input's content, sniffs its format and emits the
// documents it holds. contentType is the HTTP Content-Type, when fetched.
func (b *batch) readBytes(input, docName string, data []byte, contentType string) error {
	data, _, err := decodeBOM(data)
	if err != nil {
		return err
	}
	if len(strings.TrimSpace(string(data))) == 0 {
		return parley.Errorf(parley.EINVALID, "empty input")
	}
	if err := checkBinary(data); err != nil {
		return err
	}
	switch sniff(data, docName, contentType) {
	case formatHTML:
		doc, err := fromHTML(htmlToUTF8(data, contentType), docName, b.url, meta{}, "")
		if err != nil {
			return err
		}
		return b.emit(doc)
	case formatFeed:
		return b.readFeed(input, docName, data)
	case formatJSONL:
		return b.readJSONL(input, toUTF8(data))
	}
	doc, err := fromText(toUTF8(data), docName)
	if err != nil {
		return err
	}
	return b.emit(doc)
}

// fromText builds a document from plain text.
func fromText(text, docName string) (*parley.Document, error) {
	var m meta
	paras := clean(text, &m, true)
	return build(docName, "", paras, m, "")
}

// build assembles a document from its cleaned paragraphs and metadata:
// Text is the headline (when there is one) as its own paragraph followed by
// the body paragraphs, blank lines between them.
func build(docName, url string, paras []string, m meta, lang string) (*parley.Document, error) {
	title := strings.Join(strings.Fields(normalize(m.Title)), " ")
	var b strings.Builder
	if title != "" {
		b.WriteString(title)
	}
	for _, p := range paras {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
	}
	text := b.String()
	if len(paras) == 0 {
		return nil, parley.Errorf(parley.EINVALID, "no article text found")
	}
	doc := &parley.Document{
		ID:        docID(text),
		Doc:       docName,
		URL:       url,
		Source:    strings.TrimSpace(m.Source),
		Title:     title,
		Published: m.Published,
		Dateline:  m.Dateline,
		Lang:      lang,
		Text:      text,
	}
	if title != "" {
		doc.TitleEnd = len(title)
	}
	if doc.Lang == "" {
		doc.Lang = detectLang(text)
	}
	return doc, nil
}

// docID hashes the folded text (case, punctuation and spacing aside), so
// the same article read twice, from any source, gets the same ID.
func docID(text string) string {
	sum := sha256.Sum256([]byte(fold(text)))
	return hex.EncodeToString(sum[:8])
}

// detectLang returns the ISO 639-1 code of text's language when the guess
// is reliable, and "" otherwise.
func detectLang(text string) string {
	if len(text) > 2000 {
		text = text[:2000]
	}
	info := whatlanggo.Detect(text)
	if !info.IsReliable() {
		return ""
	}
	return info.Lang.Iso6391()
}
