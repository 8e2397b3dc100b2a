// Package sample holds parley's bundled demo corpus: a dozen short news
// reports of political contacts between real countries and the office
// holders of their dates, written for this project in the styles of a wire
// service, a government press release, a newspaper web page, an RSS feed
// and a JSON Lines export.
//
// The reports are invented for demonstration and testing: they describe
// plausible meetings, calls, appeals, sanctions, protests and strikes, but
// they are not quotations of any real article, and their details (figures,
// quotes, outlets) are fictional. The outlets named in them do not exist.
// Three of them report the same meeting, so that de-duplication across
// reports can be shown.
package sample

import "embed"

// FS holds the corpus under the directory "corpus".
//
//go:embed corpus
var FS embed.FS
