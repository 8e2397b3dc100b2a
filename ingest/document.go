package ingest

import (
	"bytes"
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
	if len(bytes.TrimSpace(data)) == 0 {
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
	doc, err := fromText(textToUTF8(data, contentType), docName)
	if err != nil {
		return err
	}
	doc.URL = b.url
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
	n := len(title)
	for _, p := range paras {
		n += len(p) + 2
	}
	b.Grow(n)
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
	p := getFoldBuf()
	b := foldAppend((*p)[:0], text, false)
	sum := sha256.Sum256(b)
	putFoldBuf(p, b)
	return hex.EncodeToString(sum[:8])
}

// detectLang returns the ISO 639-1 code of text's language when the guess
// is reliable, and "" otherwise. English, by far the commonest input, is
// recognised by its function words without the cost of whatlanggo's
// trigram profiles.
func detectLang(text string) string {
	if len(text) > 2000 {
		text = text[:2000]
	}
	if isEnglish(text) {
		return "en"
	}
	info := whatlanggo.Detect(text)
	if !info.IsReliable() {
		return ""
	}
	return info.Lang.Iso6391()
}

// isEnglishWord reports whether w, its ASCII capitals read as lower case,
// is an English function word; in English prose they make up a quarter or
// more of the words, in other languages a few percent.
func isEnglishWord(w string) bool {
	var buf [5]byte
	if len(w) == 0 || len(w) > len(buf) {
		return false
	}
	for j := 0; j < len(w); j++ {
		buf[j] = w[j] | 0x20
	}
	switch string(buf[:len(w)]) {
	case "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "was", "as", "by",
		"at", "his", "he", "it", "from", "said", "were", "their", "they", "has", "have", "had", "be", "an",
		"which", "would", "its", "this", "who", "will":
		return true
	}
	return false
}

// isEnglish reports whether at least a fifth of the first 200 words of
// text (and at least 8 of them) are English function words.
func isEnglish(text string) bool {
	n, hits := 0, 0
	for i := 0; i < len(text) && n < 200; {
		for i < len(text) && text[i] == ' ' || i < len(text) && text[i] == '\n' {
			i++
		}
		start := i
		for i < len(text) && text[i] != ' ' && text[i] != '\n' {
			i++
		}
		if start == i {
			break
		}
		n++
		w := text[start:i]
		// Only ASCII punctuation is trimmed, so a word that starts and
		// ends with anything else (a letter, mostly) is kept whole.
		if isASCIIPunct(rune(w[0])) || isASCIIPunct(rune(w[len(w)-1])) {
			w = strings.TrimFunc(w, isASCIIPunct)
		}
		if isEnglishWord(w) {
			// With 40 hits the answer is yes whatever follows: at most
			// 200 words are read, and 40 is a fifth of that.
			if hits++; hits == 40 {
				return true
			}
		}
	}
	return hits >= 8 && hits*5 >= n
}

func isASCIIPunct(r rune) bool {
	return r < 0x80 && !('a' <= r|0x20 && r|0x20 <= 'z') && !('0' <= r && r <= '9')
}
