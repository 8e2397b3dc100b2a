package ingest

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"
)

const articlePage = `<!DOCTYPE html><html lang="en"><head><title>Envoys meet in Doha</title>
<meta property="og:site_name" content="Example Post">
<meta property="article:published_time" content="2024-03-11T08:30:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Envoys meet in Doha</h1>
<p>DOHA, March 11, 2024 – Envoys from Qatar, Egypt and the United States met in Doha on Monday to push for a ceasefire in Gaza and the release of hostages.</p>
<p>A Qatari foreign ministry spokesman said the talks would continue through the week.</p>
</article><footer>© 2024 Example Post</footer></body></html>`

// newServer serves the article page, a feed whose items carry only
// summaries, redirect chains, a slow page and a large one.
func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		if ua := r.Header.Get("User-Agent"); !strings.HasPrefix(ua, "parley/") {
			http.Error(w, "bad user agent "+ua, http.StatusForbidden)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, articlePage)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Example Post</title>
<item><title>Envoys meet in Doha</title><link>http://%s/article</link><description>Envoys met.</description></item>
<item><title>Broken link</title><link>http://%s/missing</link><description>A short summary of talks in Cairo.</description></item>
<item><title>Dead link</title><link>http://%s/missing</link></item>
</channel></rss>`, r.Host, r.Host, r.Host)
	})
	mux.HandleFunc("/redirect/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/redirect/"), "%d", &n)
		if n == 0 {
			http.Redirect(w, r, "/article", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/redirect/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/large", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, strings.Repeat("Envoys met in Doha. ", 1000))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestReadURL(t *testing.T) {
	srv := newServer(t)
	tests := []struct {
		name    string
		reader  Reader
		path    string
		docs    int
		wantErr []string // substrings, one per reported error
	}{
		{"OK", Reader{AllowPrivate: true}, "/article", 1, nil},
		{"OKRedirects", Reader{AllowPrivate: true}, "/redirect/3", 1, nil},
		{"OKFeedFollowsLinks", Reader{AllowPrivate: true}, "/feed", 2, []string{"follow link: HTTP 404"}},
		{"ErrPrivate", Reader{}, "/article", 0, []string{"loopback, private or link-local"}},
		{"ErrTooManyRedirects", Reader{AllowPrivate: true}, "/redirect/9", 0, []string{"more than 5 redirects"}},
		{"ErrNotFound", Reader{AllowPrivate: true}, "/missing", 0, []string{"HTTP 404"}},
		{"ErrTimeout", Reader{AllowPrivate: true, Timeout: 100 * time.Millisecond}, "/slow", 0, []string{"timed out"}},
		{"ErrTooLarge", Reader{AllowPrivate: true, MaxBytes: 1000}, "/large", 0, []string{"larger than the 1000-byte limit"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url := srv.URL + tt.path
			res := read(t, &tt.reader, url)
			if len(res.docs) != tt.docs || len(res.errs) != len(tt.wantErr) {
				t.Fatalf("got %d docs, errors %q; want %d docs, %d errors", len(res.docs), res.errs, tt.docs, len(tt.wantErr))
			}
			for i, want := range tt.wantErr {
				if !strings.Contains(res.errs[i], want) || !strings.Contains(res.errs[i], srv.URL) {
					t.Errorf("error %q, want it to name the URL and say %q", res.errs[i], want)
				}
			}
			if tt.docs == 0 {
				return
			}
			d := res.docs[0]
			if d.Title != "Envoys meet in Doha" || d.Source != "Example Post" || d.Dateline != "Doha" ||
				jsonTime(d.Published) != "2024-03-11T08:30:00Z" || !strings.HasPrefix(d.URL, srv.URL) {
				t.Errorf("doc = %+v", d)
			}
			if !strings.Contains(d.Text, "release of hostages") || strings.Contains(d.Text, "Home") || strings.Contains(d.Text, "©") {
				t.Errorf("text = %q", d.Text)
			}
		})
	}
}

func TestFeedSummaryKeptWhenLinkFails(t *testing.T) {
	srv := newServer(t)
	res := read(t, &Reader{AllowPrivate: true}, srv.URL+"/feed")
	if len(res.docs) != 2 {
		t.Fatalf("got %d docs, errors %q", len(res.docs), res.errs)
	}
	d := res.docs[1]
	if d.Title != "Broken link" || !strings.Contains(d.Text, "talks in Cairo") || len(d.Diagnostics) != 1 {
		t.Errorf("doc = %+v", d)
	}
}

func TestBlocked(t *testing.T) {
	tests := []struct {
		ip   string
		want bool
	}{
		{"127.0.0.1", true}, {"10.1.2.3", true}, {"172.16.0.1", true}, {"192.168.1.1", true},
		{"169.254.169.254", true}, {"::1", true}, {"fe80::1", true}, {"fc00::1", true},
		{"0.0.0.0", true}, {"100.64.0.1", true}, {"::ffff:127.0.0.1", true},
		{"8.8.8.8", false}, {"2001:4860:4860::8888", false}, {"93.184.216.34", false},
	}
	for _, tt := range tests {
		if got := blocked(netip.MustParseAddr(tt.ip)); got != tt.want {
			t.Errorf("blocked(%s) = %v, want %v", tt.ip, got, tt.want)
		}
	}
}
