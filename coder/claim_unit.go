package coder

import (
	"slices"
	"strings"
)

// units are nouns that make a number something other than a head count:
// time, distance, money, things, animals, votes.
var units = []string{
	"%", "percent", "per", "year", "month", "week", "day", "hour", "minute", "second",
	"am", "pm", "a.m.", "p.m.", "gmt", "utc", "o'clock",
	"km", "kilometre", "kilometer", "mile", "metre", "meter", "foot", "feet", "yard", "kg", "kilogram",
	"dollar", "$", "euro", "pound", "rupee", "yuan", "rouble", "ruble", "naira", "shilling", "cent", "shekel",
	"ton", "tonne", "litre", "liter", "barrel", "degree",
	"truck", "house", "home", "building", "school", "hospital", "village", "town", "storey", "floor",
	"time", "bed", "round", "rocket", "missile", "drone", "shell", "vehicle", "tank", "ship", "vessel", "boat",
	"aircraft", "plane", "jet", "helicopter", "billion", "acre", "hectare", "page", "point", "seat", "vote", "ballot",
	"cattle", "cow", "sheep", "goat", "camel", "animal", "bird", "dog", "case", "item", "count", "charge",
	"job", "embassy", "office", "plant", "restaurant", "apartment", "department", "document", "container",
	"tower", "computer", "account", "post", "position", "camp", "area", "district", "neighbourhood",
	"neighborhood", "city", "province", "region", "country", "nation", "factory", "shop", "store", "mosque",
	"church", "temple", "market", "bridge", "road", "centre", "center", "border", "crossing", "tent",
	"shelter", "warehouse", "property", "farm", "field", "tree", "crop", "file", "share", "website", "site",
	"weapon", "gun", "rifle", "bomb", "device", "mine", "kilo", "gram", "ounce", "package", "parcel",
	"shipment", "cargo", "car", "order", "number", "letter", "paper", "container", "trailer", "computer",
}

// notBefore are words after which a number is no head count: ages,
// money, serial numbers.
var notBefore = []string{
	"aged", "age", "ages", "$", "us$", "€", "£", "rs", "rs.", "no", "no.", "number", "nos.",
	"resolution", "article", "flight", "route", "page", "chapter", "section", "paragraph", "year",
}

// countOK reports whether the count in tokens [num, end) counts people:
// not a year, an age, a price, a score or an amount of some unit.
func countOK(s *sent, num, end int) bool {
	text := s.toks[num].Text
	if num > 0 {
		prev := s.lemmas[num-1]
		if slices.Contains(notBefore, prev) {
			return false
		}
	}
	if s.inDate(num, end) {
		return false
	}
	if isYear(text) && (!isPersonCount(s, end) || num > 0 && (s.toks[num-1].UPOS == "ADP" || monthOf(s.lemmas[num-1]) != 0)) {
		return false
	}
	if end < len(s.toks) {
		next := s.lemmas[end]
		if next == "-" && end+1 < len(s.toks) {
			next = s.lemmas[end+1]
		}
		if slices.Contains(units, next) || slices.Contains(units, strings.TrimSuffix(next, "s")) {
			// Unless the unit word only modifies the counted noun:
			// "three border guards".
			if h := victimHead(s, end); h == end || s.toks[end].UPOS != "NOUN" || slices.Contains(units, s.lemmas[h]) {
				return false
			}
		}
		// A score or a vote: "115 to 89", "3-2".
		if (next == "to" || next == "-") && end+1 < len(s.toks) {
			if _, _, ok := parseCount(s, end+1); ok {
				return false
			}
		}
	}
	// The compound's last noun says what is counted: "three border
	// guards" counts guards, "three border crossings" crossings.
	if v := victimAfter(s, end); v >= 0 && slices.Contains(units, s.lemmas[victimHead(s, v)]) {
		return false
	}
	return true
}

// isPersonCount reports whether a noun that is no unit follows a count
// ending at end: "the 12 hostages", "1500 residents".
func isPersonCount(s *sent, end int) bool {
	v := victimAfter(s, end)
	return v >= 0 && s.toks[v].UPOS != "PROPN" && !slices.Contains(units, s.lemmas[v])
}

// isYear reports whether a number is written like a year: four digits
// from 1800 to 2099, no comma.
func isYear(text string) bool {
	if len(text) != 4 {
		return false
	}
	for _, r := range text {
		if r < '0' || r > '9' {
			return false
		}
	}
	return text >= "1800" && text <= "2099"
}

// victimAfter returns the noun naming who a count counts ("11,000
// people"), skipping adjectives, or -1.
func victimAfter(s *sent, t int) int {
	for j := t; j < len(s.toks) && j < t+3; j++ {
		switch s.toks[j].UPOS {
		case "NOUN", "PROPN", "SYM":
			return j
		case "ADJ":
			continue
		case "":
			if s.lemmas[j] != "" {
				return j
			}
		}
		return -1
	}
	return -1
}

// inDate reports whether the number at [t, end) is part of a date ("since
// October 7", "7 October") rather than a count.
func (s *sent) inDate(t, end int) bool {
	if t > 0 && monthOf(s.toks[t-1].Text) != 0 && len(s.toks[t-1].Text) >= 3 {
		return true
	}
	return end < len(s.toks) && monthOf(s.toks[end].Text) != 0 && len(s.toks[end].Text) >= 3
}
