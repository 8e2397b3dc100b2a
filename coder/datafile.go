package coder

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// readDataLines calls fn with each entry of a data file: every line with
// its "#" comment cut and its surrounding space trimmed, blank lines
// skipped. An error from fn or from reading is returned as name:line:
// message, the form every data file's loader reports.
func readDataLines(r io.Reader, name string, fn func(line int, text string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text, _, _ := strings.Cut(sc.Text(), "#")
		text = strings.TrimSpace(text)
		if text == "" {
			continue
		}
		if err := fn(line, text); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	return nil
}
