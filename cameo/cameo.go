// Package cameo is the CAMEO event codebook: every code of the CAMEO manual
// (the 20 roots, their three-digit codes and four-digit subcodes) with its
// name, Goldstein score and quad class.
//
// The codebook is an embedded, human-readable file (data/cameo.txt) that is
// reviewed like code; Parse reads the same format from anywhere and reports
// malformed lines as file:line.
package cameo

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Quad classes, GDELT's QuadClass: the four corners of the cooperation and
// conflict, verbal and material plane.
const (
	VerbalCooperation   = 1 // roots 01-05
	MaterialCooperation = 2 // roots 06-08
	VerbalConflict      = 3 // roots 09-13
	MaterialConflict    = 4 // roots 14-20
)

// Code is one CAMEO event code.
type Code struct {
	Code      string  // "0231": two to four digits
	Name      string  // "Appeal for economic aid"
	Goldstein float64 // -10 (most conflictual) to +10 (most cooperative)
	QuadClass int     // 1 verbal cooperation ... 4 material conflict
	Root      string  // the code's first two digits: "02"
}

// Codebook is a set of CAMEO codes. A Codebook is immutable once built and
// safe for concurrent use.
type Codebook struct {
	byCode map[string]Code
	codes  []Code // in file order: roots first, then their subcodes
}

//go:embed data/cameo.txt
var defaultData []byte

var (
	defaultOnce sync.Once
	defaultBook *Codebook
)

// Default returns the embedded CAMEO codebook, parsed once. The embedded
// file is checked by the package tests, so a parse failure here is a broken
// build, reported by panic.
func Default() *Codebook {
	defaultOnce.Do(func() {
		b, err := Parse(bytes.NewReader(defaultData), "cameo/data/cameo.txt")
		if err != nil {
			panic(err)
		}
		defaultBook = b
	})
	return defaultBook
}

// Lookup returns the code's entry; ok is false for an unknown code.
func (c *Codebook) Lookup(code string) (Code, bool) {
	e, ok := c.byCode[code]
	return e, ok
}

// Codes returns every code in codebook order (each root followed by its
// subcodes). The slice is the caller's to keep.
func (c *Codebook) Codes() []Code { return slices.Clone(c.codes) }

// Len returns the number of codes.
func (c *Codebook) Len() int { return len(c.codes) }

// QuadClass returns the quad class of a CAMEO root ("01".."20"), or 0 when
// root is not one.
func QuadClass(root string) int {
	n, err := strconv.Atoi(root)
	switch {
	case len(root) != 2 || err != nil:
		return 0
	case n >= 1 && n <= 5:
		return VerbalCooperation
	case n >= 6 && n <= 8:
		return MaterialCooperation
	case n >= 9 && n <= 13:
		return VerbalConflict
	case n >= 14 && n <= 20:
		return MaterialConflict
	}
	return 0
}

// Parse reads a codebook in the format of data/cameo.txt: one code per line,
// CODE TAB GOLDSTEIN TAB NAME, with blank lines and '#' comments ignored.
// Every code's root and parent must come before it. Errors name the line as
// name:line.
func Parse(r io.Reader, name string) (*Codebook, error) {
	c := &Codebook{byCode: map[string]Code{}}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), " \r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(strings.TrimSpace(text), "#") {
			continue
		}
		e, err := c.parseLine(text)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		c.byCode[e.Code] = e
		c.codes = append(c.codes, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	if len(c.codes) == 0 {
		return nil, fmt.Errorf("%s: no codes", name)
	}
	return c, nil
}

// parseLine reads one CODE TAB GOLDSTEIN TAB NAME line, checking it against
// the codes read so far.
func (c *Codebook) parseLine(text string) (Code, error) {
	f := strings.Split(text, "\t")
	if len(f) != 3 {
		return Code{}, fmt.Errorf("want CODE<TAB>GOLDSTEIN<TAB>NAME, got %d tab-separated fields", len(f))
	}
	code, gs, name := strings.TrimSpace(f[0]), strings.TrimSpace(f[1]), strings.TrimSpace(f[2])
	if len(code) < 2 || len(code) > 4 || strings.Trim(code, "0123456789") != "" {
		return Code{}, fmt.Errorf("code %q: want two to four digits", code)
	}
	root := code[:2]
	q := QuadClass(root)
	if q == 0 {
		return Code{}, fmt.Errorf("code %q: root %s is not 01-20", code, root)
	}
	if _, dup := c.byCode[code]; dup {
		return Code{}, fmt.Errorf("code %s: duplicate", code)
	}
	if len(code) > 2 {
		if _, ok := c.byCode[code[:len(code)-1]]; !ok {
			return Code{}, fmt.Errorf("code %s: parent %s not defined above", code, code[:len(code)-1])
		}
	}
	g, err := strconv.ParseFloat(gs, 64)
	if err != nil || g < -10 || g > 10 {
		return Code{}, fmt.Errorf("code %s: Goldstein %q: want a number from -10 to 10", code, gs)
	}
	if name == "" {
		return Code{}, fmt.Errorf("code %s: empty name", code)
	}
	return Code{Code: code, Name: name, Goldstein: g, QuadClass: q, Root: root}, nil
}
