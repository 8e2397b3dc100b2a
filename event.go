package parley

// Event is one coded political event: who did what to whom, when and where,
// with the evidence that supports it.
type Event struct {
	Source *EventActor `json:"source"`
	Target *EventActor `json:"target"`

	CAMEO     string  `json:"cameo"`      // "042", "0231", "11" ...
	CAMEOName string  `json:"cameo_name"` // the codebook's name for CAMEO
	QuadClass int     `json:"quad_class"` // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
	Goldstein float64 `json:"goldstein"`
	PLOVER    PLOVER  `json:"plover"`

	Date Date `json:"date"`
	// DateSource is "text" (the sentence dates it), "published" (the
	// document's date) or "none".
	DateSource string `json:"date_source"`
	Place      *Place `json:"place"`

	// Evidence: the sentence, its byte offsets in Document.Text, the trigger
	// words and the pattern (file:line) that fired.
	Sentence     string `json:"sentence"`
	Start        int    `json:"start"`
	End          int    `json:"end"`
	Trigger      string `json:"trigger"`
	TriggerStart int    `json:"trigger_start"`
	TriggerEnd   int    `json:"trigger_end"`
	Rule         string `json:"rule"`

	// Symmetric is true for events that go both ways (meetings, calls, joint
	// agreements); the coder emits both directions.
	Symmetric bool `json:"symmetric,omitempty"`
	// Modality is "" for an asserted event, or "negated", "hypothetical",
	// "future", "reported" when the text does not assert it took place.
	Modality string `json:"modality,omitempty"`
}

// EventActor is an event's source or target: the resolved actor and the words
// in the sentence that name it.
type EventActor struct {
	Code    string `json:"code"`
	Name    string `json:"name"`
	Country string `json:"country,omitempty"`
	Sector  string `json:"sector,omitempty"`
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// PLOVER is an event's PLOVER type and mode ("CONSULT", "phone").
type PLOVER struct {
	Type string `json:"type"`
	Mode string `json:"mode,omitempty"`
}

// Place is where an event happened or a figure applies.
type Place struct {
	Name    string   `json:"name"`
	Country string   `json:"country,omitempty"` // ISO 3166 alpha-3
	Lat     *float64 `json:"lat,omitempty"`
	Lon     *float64 `json:"lon,omitempty"`
}

// Claim is a figure an article reports: people killed, injured, displaced or
// detained.
type Claim struct {
	What      string      `json:"what"`      // "killed", "injured", "displaced", "detained", "missing"
	Count     int         `json:"count"`     // 11000; "a dozen" is 12
	Qualifier string      `json:"qualifier"` // "", "more than", "at least", "about", "up to", ...
	Since     Date        `json:"since"`     // as-of start ("since October 7")
	Date      Date        `json:"date"`
	Place     *Place      `json:"place"`
	Actor     *EventActor `json:"actor"` // who is held responsible, when stated
	Victims   string      `json:"victims,omitempty"`

	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Trigger  string `json:"trigger"`
	Rule     string `json:"rule"`
}
