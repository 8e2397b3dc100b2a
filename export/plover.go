package export

import (
	"io"
	"strconv"

	"parley"
)

// PLOVERRecord is one event in the style of POLECAT, the PLOVER-coded
// event data set: the PLOVER type and mode, its actors and recipients with
// country and sector, date, place, and the story and sentence it came from.
type PLOVERRecord struct {
	EventID    string        `json:"event_id"`
	EventDate  string        `json:"event_date"`
	EventType  string        `json:"event_type"`
	Mode       string        `json:"mode"`
	Context    []string      `json:"context"`
	Actors     []PLOVERActor `json:"actors"`
	Recipients []PLOVERActor `json:"recipients"`
	Location   *PLOVERPlace  `json:"location"`
	StoryID    string        `json:"story_id"`
	StoryDate  string        `json:"story_date"`
	Publisher  string        `json:"publisher"`
	URL        string        `json:"url"`
	Sentence   string        `json:"sentence"`
	CAMEO      string        `json:"cameo"`
	Goldstein  float64       `json:"goldstein"`
	QuadClass  int           `json:"quad_class"`
	Modality   string        `json:"modality"`
	Mentions   int           `json:"num_mentions"`
	Sources    int           `json:"num_sources"`
	Articles   int           `json:"num_articles"`
}

// PLOVERActor is an actor or recipient of a PLOVERRecord.
type PLOVERActor struct {
	Name    string `json:"actor_name"`
	Code    string `json:"code"`
	Country string `json:"country"`
	Sector  string `json:"sector"`
	Text    string `json:"text"`
}

// PLOVERPlace is where a PLOVERRecord's event happened.
type PLOVERPlace struct {
	Name    string   `json:"name"`
	Country string   `json:"country"`
	Lat     *float64 `json:"lat"`
	Lon     *float64 `json:"lon"`
}

// PLOVER writes evs as JSON Lines of PLOVERRecord. Context is always
// empty: parley codes no PLOVER contexts yet.
func PLOVER(w io.Writer, evs []*parley.StoredEvent) error {
	recs := make([]PLOVERRecord, len(evs))
	for i, e := range evs {
		recs[i] = ploverRecord(e)
	}
	return jsonLines(w, recs)
}

func ploverRecord(e *parley.StoredEvent) PLOVERRecord {
	r := PLOVERRecord{
		EventID: "parley-" + strconv.FormatInt(e.ID, 10), EventDate: e.Date.String(),
		EventType: e.PLOVER.Type, Mode: e.PLOVER.Mode, Context: []string{},
		Actors: ploverActors(e.Source), Recipients: ploverActors(e.Target),
		StoryID: e.DocID, StoryDate: stamp(e.Published), Publisher: e.Outlet, URL: e.URL,
		Sentence: oneLine(e.Sentence), CAMEO: e.CAMEO, Goldstein: e.Goldstein, QuadClass: e.QuadClass,
		Modality: e.Modality, Mentions: e.NumMentions, Sources: e.NumSources, Articles: e.NumArticles,
	}
	if p := e.Place; p != nil {
		r.Location = &PLOVERPlace{Name: p.Name, Country: p.Country, Lat: p.Lat, Lon: p.Lon}
	}
	return r
}

func ploverActors(a *parley.EventActor) []PLOVERActor {
	if a == nil {
		return []PLOVERActor{}
	}
	return []PLOVERActor{{Name: a.Name, Code: a.Code, Country: a.Country, Sector: a.Sector, Text: a.Text}}
}
