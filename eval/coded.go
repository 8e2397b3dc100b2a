package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"parley"
)

// maxLine bounds one coded document's JSON line.
const maxLine = 64 << 20

// ReadCoded reads the JSON Lines that 'parley code' writes, one document per
// line, into documents to score. Blank lines are skipped; every document
// needs a "doc". Errors name the line as name:line.
func ReadCoded(r io.Reader, name string) ([]*parley.Document, error) {
	var docs []*parley.Document
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxLine)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		d := &parley.Document{}
		if err := json.Unmarshal(b, d); err != nil {
			return nil, fmt.Errorf("%s:%d: invalid coded document: %v", name, line, err)
		}
		if strings.TrimSpace(d.Doc) == "" {
			return nil, fmt.Errorf("%s:%d: coded document without \"doc\"", name, line)
		}
		for i, e := range d.Events {
			if e.CAMEO == "" {
				return nil, fmt.Errorf("%s:%d: %s event %d: missing cameo", name, line, d.Doc, i+1)
			}
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	return docs, nil
}
