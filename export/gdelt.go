package export

import (
	"io"
	"strconv"
	"strings"

	"parley"
	"parley/dedup"
)

// GDELTColumns are the 61 columns of the GDELT 2.0 event table, in order.
// GDELT files have no header line, and neither has GDELT's output.
var GDELTColumns = []string{
	"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// GDELT writes evs as rows of the GDELT 2.0 event table: tab-separated, no
// header, in GDELTColumns order. Where parley knows less than GDELT the
// field is empty: AvgTone (parley does not score tone), the known-group,
// ethnic, religion and secondary type codes, and the actors' own places.
// Country codes are ISO 3166 alpha-3 (GDELT's geography uses FIPS 10-4).
// An undated event takes its first report's publication date.
func GDELT(w io.Writer, evs []*parley.StoredEvent) error {
	row := make([]string, len(GDELTColumns))
	for _, e := range evs {
		for i := range row {
			row[i] = ""
		}
		day := dedup.Day(e.Date.Time)
		if day == 0 {
			day = dedup.Day(e.Published.Time)
		}
		row[0] = strconv.FormatInt(e.ID, 10)
		if day != 0 {
			t := dedup.DayTime(day)
			row[1], row[2], row[3] = strconv.Itoa(day), strconv.Itoa(day/100), strconv.Itoa(day/10000)
			frac := float64(t.Year()) + float64(t.YearDay())/365
			row[4] = strconv.FormatFloat(frac, 'f', 4, 64)
		}
		gdeltActor(row[5:15], e.Source)
		gdeltActor(row[15:25], e.Target)
		row[25] = "0"
		if e.IsRoot {
			row[25] = "1"
		}
		row[26], row[27], row[28] = e.CAMEO, base(e.CAMEO), e.Root
		row[29], row[30] = strconv.Itoa(e.QuadClass), num(e.Goldstein)
		row[31], row[32], row[33] = strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumSources), strconv.Itoa(e.NumArticles)
		row[35], row[43] = "0", "0"
		gdeltPlace(row[51:59], e.Place)
		row[59] = e.Added.UTC().Format("20060102150405")
		row[60] = e.URL
		if row[60] == "" {
			row[60] = e.Doc
		}
		for i := range row {
			row[i] = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(row[i])
		}
		if _, err := io.WriteString(w, strings.Join(row, "\t")+"\n"); err != nil {
			return err
		}
	}
	return nil
}

// gdeltActor fills an actor's ten columns: code, name, country, known
// group, ethnic, religion 1 and 2, type 1 to 3.
func gdeltActor(cols []string, a *parley.EventActor) {
	if a == nil {
		return
	}
	cols[0], cols[1], cols[2], cols[7] = a.Code, strings.ToUpper(a.Name), a.Country, a.Sector
}

// gdeltPlace fills a place's eight columns: type, full name, country,
// ADM1, ADM2, latitude, longitude, feature ID. Type is 1 for a country, 4
// for a place within one, 0 when unknown.
func gdeltPlace(cols []string, p *parley.Place) {
	cols[0] = "0"
	if p == nil {
		return
	}
	switch {
	case p.Name != "" && p.Name != p.Country:
		cols[0] = "4"
	case p.Country != "":
		cols[0] = "1"
	}
	cols[1], cols[2] = p.Name, p.Country
	cols[5], cols[6] = coord(p.Lat), coord(p.Lon)
}

// base returns the three-digit base of a CAMEO code.
func base(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}
