package ingest

import (
	nurl "net/url"
	"strings"
	"time"

	"github.com/markusmobius/go-htmldate"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"parley"
)

// fromHTML extracts the article from an HTML page with go-trafilatura and
// its publication date-time with go-htmldate. Fields already set in known
// (from a feed item or a JSONL record) win over what the page says.
func fromHTML(page, docName, url string, known meta, lang string) (*parley.Document, error) {
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return nil, parley.Errorf(parley.EINVALID, "malformed HTML: %v", err)
	}
	date, dateErr := htmldate.FromDocument(root, htmldate.Options{UseOriginalDate: true, ExtractTime: true, DeferUrlExtractor: true, URL: url})
	opts := trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		Deduplicate:     true,
		PruneSelector:   pruneSelector,
	}
	if dateErr == nil {
		opts.HtmlDateOverride = &date
	} else {
		opts.HtmlDateMode = trafilatura.Disabled
	}
	if u, err := nurl.ParseRequestURI(url); err == nil && url != "" {
		opts.OriginalURL = u
	}
	var body string
	res, err := trafilatura.ExtractDocument(root, opts)
	if err == nil && res != nil && res.ContentNode != nil {
		body = nodeText(res.ContentNode)
	}
	if strings.TrimSpace(body) == "" {
		body = nodeText(pageBody(root))
	}
	m := known
	if res != nil {
		md := res.Metadata
		m.Title = firstNonEmpty(m.Title, md.Title)
		m.Source = firstNonEmpty(m.Source, md.Sitename)
		url = firstNonEmpty(url, md.URL)
		lang = firstNonEmpty(lang, md.Language)
	}
	if m.Published.IsZero() && dateErr == nil && !date.IsZero() {
		m.Published = parley.Time{Time: date.DateTime}
		if !date.HasTime {
			y, mo, d := date.DateTime.Date()
			m.Published = parley.Time{Time: time.Date(y, mo, d, 0, 0, 0, 0, time.UTC), DateOnly: true}
		}
	}
	if lang == "" {
		lang = htmlLang(root)
	}
	if m.Source == "" && m.Title != "" {
		m.Source = siteFromTitle(titleTag(root), m.Title)
	}
	paras := clean(body, &m, m.Title == "")
	return build(docName, url, paras, m, lang)
}

// pruneSelector names the page parts that are never article text, even
// when a template puts them inside the article: comments, share buttons,
// related-article lists, newsletter and advertising boxes.
const pruneSelector = `[class*="comment"], [id*="comment"], [class*="share"], [class*="social"], ` +
	`[class*="related"], [class*="newsletter"], [class*="advert"], [class*="subscribe"], ` +
	`[class*="breadcrumb"], [class*="most-read"], [class*="byline"]`

// pageBody returns the <body> element, or root when there is none.
func pageBody(root *html.Node) *html.Node {
	var found *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if found != nil {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			found = n
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if found == nil {
		return root
	}
	return found
}

// titleTag returns the text of the page's <title> element.
func titleTag(root *html.Node) string {
	var t string
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.DataAtom == atom.Title {
			if n.FirstChild != nil {
				t = n.FirstChild.Data
			}
			return true
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(root)
	return strings.Join(strings.Fields(t), " ")
}

// siteFromTitle returns the site name from a <title> such as "Headline |
// The Example Ledger" when one part of it is the headline and the other
// reads as a name.
func siteFromTitle(tag, headline string) string {
	for _, sep := range []string{" | ", " – ", " — ", " - ", " :: ", " » "} {
		i := strings.LastIndex(tag, sep)
		if i < 0 {
			continue
		}
		a, b := tag[:i], tag[i+len(sep):]
		switch {
		case sameText(a, headline) && words(b) <= 6 && isNameLike(b):
			return b
		case sameText(b, headline) && words(a) <= 6 && isNameLike(a):
			return a
		}
	}
	return ""
}

// htmlLang returns the lang attribute of the <html> element.
func htmlLang(root *html.Node) string {
	for n := root.FirstChild; n != nil; n = n.NextSibling {
		if n.Type == html.ElementNode && n.DataAtom == atom.Html {
			for _, a := range n.Attr {
				if a.Key == "lang" {
					return strings.TrimSpace(a.Val)
				}
			}
		}
	}
	return ""
}

// nodeText renders an HTML subtree as plain text: block elements become
// paragraphs separated by blank lines, inline elements run together, and
// scripts, styles, navigation, forms and other page furniture are skipped.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(strings.ReplaceAll(n.Data, "\n", " "))
			return
		case html.ElementNode:
			a := elementAtom(n)
			if skipElement(a) {
				return
			}
			if a == atom.Br {
				b.WriteString("\n")
				return
			}
		}
		block := n.Type == html.ElementNode && !inlineElement(elementAtom(n)) ||
			n.Type == html.ElementNode && strings.Contains(n.Data, "-")
		if block {
			b.WriteString("\n\n")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteString("\n\n")
		}
	}
	if n != nil {
		walk(n)
	}
	return b.String()
}

// elementAtom returns n's atom, looking it up by name for elements built
// without one (go-trafilatura creates its output nodes by name).
func elementAtom(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

func skipElement(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe, atom.Head,
		atom.Nav, atom.Aside, atom.Form, atom.Button, atom.Select, atom.Textarea, atom.Input,
		atom.Footer, atom.Object, atom.Embed, atom.Canvas, atom.Video, atom.Audio, atom.Math:
		return true
	}
	return false
}

func inlineElement(a atom.Atom) bool {
	switch a {
	case atom.A, atom.Span, atom.B, atom.Strong, atom.I, atom.Em, atom.U, atom.Small, atom.Sub,
		atom.Sup, atom.Abbr, atom.Cite, atom.Code, atom.Mark, atom.Q, atom.S, atom.Time, atom.Font,
		atom.Label, atom.Img, atom.Bdi, atom.Bdo, atom.Dfn, atom.Kbd, atom.Samp, atom.Var, atom.Wbr,
		atom.Del, atom.Ins, atom.Data, atom.Tt, atom.Big, atom.Strike, atom.Nobr:
		return true
	case 0:
		return true // unknown elements: inline, unless named like custom elements (see nodeText)
	}
	return false
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
