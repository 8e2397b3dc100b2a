package parley

// Sentence is one sentence of a Document with its tokens and their analysis.
type Sentence struct {
	Start  int     `json:"start"` // byte offsets into Document.Text
	End    int     `json:"end"`
	Tokens []Token `json:"tokens"`
}

// Token is one word or punctuation mark with its Universal Dependencies
// analysis. Head is the index of the head token within the same sentence's
// Tokens, or -1 for the root; CoNLL-U's 1-based HEAD is Head+1.
type Token struct {
	Text   string `json:"text"`
	Start  int    `json:"start"` // byte offsets into Document.Text
	End    int    `json:"end"`
	UPOS   string `json:"upos,omitempty"`
	XPOS   string `json:"xpos,omitempty"`
	Lemma  string `json:"lemma,omitempty"`
	Head   int    `json:"head"`
	Deprel string `json:"deprel,omitempty"`
	// SpaceAfter is false when no whitespace follows the token in the text.
	SpaceAfter bool `json:"-"`
}

// Text returns the sentence's text as it stands in doc.
func (s Sentence) Text(doc *Document) string { return doc.Text[s.Start:s.End] }

// Children returns the indexes of the tokens whose head is token i.
func (s Sentence) Children(i int) []int {
	var out []int
	for j, t := range s.Tokens {
		if t.Head == i {
			out = append(out, j)
		}
	}
	return out
}
