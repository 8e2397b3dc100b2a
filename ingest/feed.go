package ingest

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"parley"
)

// summaryWords is the length under which a feed item's text is taken as a
// summary, so that the item's link is followed for the full article.
const summaryWords = 80

// readFeed emits one document per item of an RSS, Atom or JSON feed.
func (b *batch) readFeed(input, docName string, data []byte) error {
	feed, err := parseFeed(data)
	if err != nil {
		return err
	}
	if len(feed.Items) == 0 {
		return parley.Errorf(parley.EINVALID, "feed has no items")
	}
	for i, item := range feed.Items {
		if item == nil {
			continue
		}
		name := firstNonEmpty(item.Link, item.GUID, fmt.Sprintf("%s#%d", docName, i+1))
		doc, err := b.feedItem(feed, item, name)
		if err != nil {
			b.report(fmt.Sprintf("%s: item %d (%s)", input, i+1, name), err)
			continue
		}
		if err := b.emit(doc); err != nil {
			return err
		}
	}
	return nil
}

// parseFeed parses a feed, turning the parser's errors (and panics on
// hostile input) into a one-line error.
func parseFeed(data []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if p := recover(); p != nil {
			feed, err = nil, parley.Errorf(parley.EINVALID, "malformed feed: %v", p)
		}
	}()
	feed, err = gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, parley.Errorf(parley.EINVALID, "malformed feed: %s", firstLine(err.Error()))
	}
	return feed, nil
}

// feedItem builds the document for one item, following its link when the
// item carries only a summary.
func (b *batch) feedItem(feed *gofeed.Feed, item *gofeed.Item, name string) (*parley.Document, error) {
	m := meta{Title: item.Title, Source: outletName(feed.Title)}
	switch {
	case item.PublishedParsed != nil:
		m.Published = parley.Time{Time: *item.PublishedParsed}
	case item.UpdatedParsed != nil:
		m.Published = parley.Time{Time: *item.UpdatedParsed}
	}
	text := fragmentText(firstNonEmpty(item.Content, item.Description))
	link := strings.TrimSpace(item.Link)
	var note string
	if item.Content == "" && words(strings.Join(strings.Fields(text), " ")) < summaryWords && isURL(link) {
		data, ct, final, err := b.r.fetch(b.ctx, b.client(), link)
		if err == nil {
			if sniff(data, link, ct) == formatHTML {
				return fromHTML(htmlToUTF8(data, ct), name, final, m, feed.Language)
			}
			err = parley.Errorf(parley.EINVALID, "linked page is not HTML")
		}
		if strings.TrimSpace(text) == "" {
			return nil, fmt.Errorf("follow link: %w", err)
		}
		note = fmt.Sprintf("item carries only a summary and its link could not be followed: %v", err)
	}
	doc, err := build(name, link, clean(text, &m, false), m, feed.Language)
	if err != nil {
		return nil, err
	}
	if note != "" {
		doc.Diagnostics = append(doc.Diagnostics, parley.Diagnostic{Stage: "ingest", Message: note})
	}
	return doc, nil
}

// fragmentText renders a feed item's content, which may be an HTML
// fragment or plain text, as plain text with paragraphs.
func fragmentText(s string) string {
	if !strings.ContainsRune(s, '<') {
		return s
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), nil)
	if err != nil {
		return s
	}
	var b strings.Builder
	for _, n := range nodes {
		b.WriteString(nodeText(n))
	}
	return b.String()
}

// outletName returns the outlet part of a feed title such as "Northgate
// Daily – World" or "World News | The Ledger": the longer part when it is a
// name, the whole title otherwise.
func outletName(title string) string {
	title = strings.Join(strings.Fields(title), " ")
	for _, sep := range []string{" – ", " — ", " | ", " - ", ": "} {
		a, b, ok := strings.Cut(title, sep)
		if !ok {
			continue
		}
		if outletRE.MatchString(b) && !outletRE.MatchString(a) {
			return b
		}
		return a
	}
	return title
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
