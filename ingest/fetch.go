package ingest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"parley"
)

// maxRedirects caps the redirects followed for one URL.
const maxRedirects = 5

// userAgent identifies parley to the sites it fetches from.
var userAgent = "parley/" + moduleVersion() + " (+news event coder)"

func moduleVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// errPrivate is returned when a URL resolves to an address parley will not
// fetch from without AllowPrivate.
var errPrivate = errors.New("refusing to fetch from a loopback, private or link-local address (use --allow-private)")

// client returns the HTTP client for fetches: the configured one, or one
// that enforces the timeout, the redirect cap and the private-address rule.
// The address is checked when the connection is dialled, after DNS
// resolution, so redirects and DNS tricks are covered too.
func (r *Reader) client() *http.Client {
	if r.HTTPClient != nil {
		return r.HTTPClient
	}
	dialer := &net.Dialer{Timeout: 10 * time.Second}
	if !r.AllowPrivate {
		dialer.Control = func(network, address string, _ syscall.RawConn) error {
			host, _, err := net.SplitHostPort(address)
			if err != nil {
				return err
			}
			ip, err := netip.ParseAddr(host)
			if err != nil {
				return err
			}
			if blocked(ip) {
				return errPrivate
			}
			return nil
		}
	}
	tr := &http.Transport{
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: r.timeout(),
		MaxIdleConnsPerHost:   4,
	}
	return &http.Client{
		Transport: tr,
		Timeout:   r.timeout(),
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > maxRedirects {
				return fmt.Errorf("more than %d redirects", maxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to unsupported scheme %q", req.URL.Scheme)
			}
			return nil
		},
	}
}

// blocked reports whether ip is loopback, private, link-local, multicast or
// unspecified.
func blocked(ip netip.Addr) bool {
	ip = ip.Unmap()
	return ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() ||
		netip.MustParsePrefix("100.64.0.0/10").Contains(ip) // carrier-grade NAT
}

func (r *Reader) timeout() time.Duration {
	if r.Timeout > 0 {
		return r.Timeout
	}
	return DefaultTimeout
}

// fetch GETs url and returns its body (at most MaxBytes), its Content-Type
// and the final URL after redirects.
func (r *Reader) fetch(ctx context.Context, client *http.Client, url string) ([]byte, string, string, error) {
	ctx, cancel := context.WithTimeout(ctx, r.timeout())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, "", "", parley.Errorf(parley.EINVALID, "invalid URL: %v", err)
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/json, text/plain;q=0.9, */*;q=0.5")
	resp, err := client.Do(req)
	if err != nil {
		return nil, "", "", fetchError(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, "", "", parley.Errorf(parley.EINVALID, "HTTP %s", resp.Status)
	}
	if resp.ContentLength > r.maxBytes() {
		return nil, "", "", parley.Errorf(parley.ETOOLARGE, "larger than the %d-byte limit (raise --max-bytes)", r.maxBytes())
	}
	data, err := limitRead(resp.Body, r.maxBytes())
	if err != nil {
		return nil, "", "", fetchError(err)
	}
	return data, resp.Header.Get("Content-Type"), resp.Request.URL.String(), nil
}

// fetchError turns a client error into a one-line message.
func fetchError(err error) error {
	var pe *parley.Error
	switch {
	case errors.As(err, &pe):
		return err
	case errors.Is(err, errPrivate):
		return errPrivate
	case errors.Is(err, context.DeadlineExceeded):
		return parley.Errorf(parley.EINVALID, "timed out")
	}
	var ue interface{ Unwrap() error }
	if errors.As(err, &ue) {
		if inner := ue.Unwrap(); inner != nil {
			return parley.Errorf(parley.EINVALID, "fetch: %v", inner)
		}
	}
	return parley.Errorf(parley.EINVALID, "fetch: %v", err)
}

// client returns the batch's HTTP client, built once so that its
// connections are reused across the batch.
func (b *batch) client() *http.Client {
	if b.httpClient == nil {
		b.httpClient = b.r.client()
	}
	return b.httpClient
}

// readURL fetches url and emits the documents it holds.
func (b *batch) readURL(url string, docName string) error {
	data, ct, final, err := b.r.fetch(b.ctx, b.client(), url)
	if err != nil {
		return err
	}
	if docName == "" {
		docName = url
	}
	prev := b.url
	b.url = final
	defer func() { b.url = prev }()
	return b.readBytes(url, docName, data, ct)
}
