package ingest

import (
	"bytes"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"parley"
)

// format is the shape of an input, sniffed from its content.
type format int

const (
	formatText format = iota
	formatHTML
	formatFeed
	formatJSONL
)

func (f format) String() string {
	return [...]string{"text", "html", "feed", "jsonl"}[f]
}

// decodeBOM strips a byte-order mark and converts UTF-16 content to UTF-8.
// It reports whether a BOM was found.
func decodeBOM(b []byte) ([]byte, bool, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return b[3:], true, nil
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(b)
		if err != nil {
			return nil, true, parley.Errorf(parley.EINVALID, "invalid UTF-16 content: %v", err)
		}
		return out, true, nil
	}
	if order, ok := utf16WithoutBOM(b); ok {
		out, err := unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder().Bytes(b)
		if err == nil {
			return out, false, nil
		}
	}
	return b, false, nil
}

// utf16WithoutBOM reports whether b looks like UTF-16 text that lacks a
// byte-order mark: in its first kilobyte, nearly every byte at even (big
// endian) or odd (little endian) offsets is zero and nearly none of the
// others is, as with mostly Latin text.
func utf16WithoutBOM(b []byte) (unicode.Endianness, bool) {
	n := min(len(b), 1024) &^ 1
	if n < 8 {
		return unicode.LittleEndian, false
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	switch {
	case odd*10 >= half*9 && even*10 <= half:
		return unicode.LittleEndian, true
	case even*10 >= half*9 && odd*10 <= half:
		return unicode.BigEndian, true
	}
	return unicode.LittleEndian, false
}

// checkBinary returns an error when b does not look like text: it holds NUL
// bytes or starts with the signature of a known binary format.
func checkBinary(b []byte) error {
	head := b
	if len(head) > 8192 {
		head = head[:8192]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		ct := http.DetectContentType(head)
		return parley.Errorf(parley.EINVALID, "binary content (%s)", strings.Split(ct, ";")[0])
	}
	ct := http.DetectContentType(head)
	if !strings.HasPrefix(ct, "text/") && ct != "application/json" &&
		!strings.Contains(ct, "xml") && ct != "application/octet-stream" {
		return parley.Errorf(parley.EINVALID, "binary content (%s)", strings.Split(ct, ";")[0])
	}
	return nil
}

// toUTF8 returns b as valid UTF-8. Content that is valid UTF-8 is kept;
// content with no valid multi-byte sequence is read as Windows-1252 (a
// superset of Latin-1 in its printable range); anything else has its invalid
// bytes replaced by U+FFFD.
func toUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	if !hasMultibyteUTF8(b) {
		if out, err := charmap.Windows1252.NewDecoder().Bytes(b); err == nil {
			return string(out)
		}
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}

// hasMultibyteUTF8 reports whether b holds at least one valid multi-byte
// UTF-8 sequence, a sign that the content is UTF-8 with a few bad bytes.
func hasMultibyteUTF8(b []byte) bool {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError && n > 1 {
			return true
		}
		i += n
	}
	return false
}

// htmlToUTF8 decodes an HTML page using its declared charset (BOM, the
// Content-Type header, or a <meta> tag), falling back to toUTF8.
func htmlToUTF8(b []byte, contentType string) string {
	if utf8.Valid(b) {
		return string(b)
	}
	enc, name, _ := charset.DetermineEncoding(b, contentType)
	if name == "utf-8" {
		return toUTF8(b)
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return toUTF8(b)
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}

// textToUTF8 decodes plain text using the charset named in its HTTP
// Content-Type, when there is one, and toUTF8's rules otherwise.
func textToUTF8(b []byte, contentType string) string {
	if utf8.Valid(b) {
		return string(b)
	}
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		if enc, _ := charset.Lookup(params["charset"]); enc != nil {
			if out, err := enc.NewDecoder().Bytes(b); err == nil {
				return strings.ToValidUTF8(string(out), "\uFFFD")
			}
		}
	}
	return toUTF8(b)
}

// sniff guesses the format of b from its first bytes, using the file name's
// extension or the Content-Type only to break ties.
func sniff(b []byte, name, contentType string) format {
	head := bytes.TrimLeft(b, " \t\r\n")
	if len(head) > 4096 {
		head = head[:4096]
	}
	switch {
	case len(head) == 0:
		return formatText
	case head[0] == '{':
		if bytes.Contains(head, []byte("jsonfeed.org")) {
			return formatFeed
		}
		return formatJSONL
	case head[0] == '[' && len(bytes.TrimLeft(head[1:], " \t\r\n")) > 0 && bytes.TrimLeft(head[1:], " \t\r\n")[0] == '{':
		return formatJSONL
	case head[0] == '<':
		lower := bytes.ToLower(head)
		for _, tag := range []string{"<rss", "<feed", "<rdf:rdf"} {
			if i := bytes.Index(lower, []byte(tag)); i >= 0 && !bytes.Contains(lower[:i], []byte("<html")) {
				return formatFeed
			}
		}
		return formatHTML
	}
	ext := strings.ToLower(name)
	if i := strings.LastIndexByte(ext, '.'); i >= 0 {
		ext = ext[i:]
	}
	switch {
	case ext == ".html" || ext == ".htm" || strings.Contains(contentType, "html"):
		return formatHTML
	case ext == ".jsonl" || ext == ".ndjson":
		return formatJSONL
	case bytes.Contains(head, []byte("<")) && looksLikeHTML(bytes.ToLower(head)):
		return formatHTML
	}
	return formatText
}

// looksLikeHTML reports whether text that does not start with a tag still
// carries an HTML document (a page with leading junk before <html>).
func looksLikeHTML(lower []byte) bool {
	return bytes.Contains(lower, []byte("<html")) || bytes.Contains(lower, []byte("<!doctype html"))
}
