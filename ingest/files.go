package ingest

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"parley"
)

func (b *batch) readStdin() error {
	if b.r.Stdin == nil {
		return parley.Errorf(parley.EINVALID, "no standard input")
	}
	data, err := limitRead(b.r.Stdin, b.r.maxBytes())
	if err != nil {
		return err
	}
	return b.readBytes("-", "stdin", data, "")
}

// readPath reads a file, or every file under a directory.
func (b *batch) readPath(p string) error {
	info, err := os.Stat(p)
	if err != nil {
		return b.input(p, func() error { return openError(err) })
	}
	if !info.IsDir() {
		return b.input(p, func() error { return b.readFile(p) })
	}
	return filepath.WalkDir(p, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return b.input(name, func() error { return openError(err) })
		}
		if name != p && skipEntry(d.Name(), d) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		return b.input(name, func() error { return b.readFile(name) })
	})
}

func (b *batch) readFile(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return openError(err)
	}
	defer f.Close()
	data, err := limitRead(f, b.r.maxBytes())
	if err != nil {
		return err
	}
	return b.readBytes(name, filepath.Base(name), data, "")
}

// skipEntry reports whether a directory walk passes over an entry: hidden
// files and directories, non-regular files, and files whose extension says
// they are images, archives or other binaries.
func skipEntry(name string, d fs.DirEntry) bool {
	base := path.Base(filepath.ToSlash(name))
	if strings.HasPrefix(base, ".") && base != "." {
		return true
	}
	if d.IsDir() {
		return false
	}
	if !d.Type().IsRegular() {
		return true
	}
	switch strings.ToLower(path.Ext(base)) {
	case ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".pdf", ".zip", ".gz",
		".tgz", ".bz2", ".xz", ".zst", ".mp3", ".mp4", ".mov", ".exe", ".so", ".db", ".sqlite":
		return true
	}
	return false
}

func (r *Reader) maxBytes() int64 {
	if r.MaxBytes > 0 {
		return r.MaxBytes
	}
	return DefaultMaxBytes
}

// limitRead reads all of rd, failing when it holds more than max bytes.
func limitRead(rd io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(rd, max+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	if int64(len(data)) > max {
		return nil, parley.Errorf(parley.ETOOLARGE, "larger than the %d-byte limit (raise --max-bytes)", max)
	}
	return data, nil
}

func readAll(fsys fs.FS, name string, max int64) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, openError(err)
	}
	defer f.Close()
	return limitRead(f, max)
}

// openError turns a file-system error into a short message without
// repeating the path (the caller prefixes the input's name).
func openError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return parley.Errorf(parley.ENOTFOUND, "no such file or directory")
	case errors.Is(err, fs.ErrPermission):
		return parley.Errorf(parley.EINVALID, "permission denied")
	}
	return err
}
