package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"slices"
	"strings"

	"parley/ingest"
)

var (
	// errUsage reports bad command-line usage; the flag package has already
	// printed what was wrong. main exits 2.
	errUsage = errors.New("usage")
	// errHelp reports that --help was asked for and printed. main exits 0.
	errHelp = errors.New("help")
)

// usageError is a bad argument or flag value found after the flags were
// parsed ("--quad 7", an unknown --format); main prints it and exits 2, as
// for the flag package's own errors.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// checkFormat reports a --format value that is not one of formats.
func checkFormat(format string, formats []string) error {
	if slices.Contains(formats, format) {
		return nil
	}
	return fmt.Errorf("--format %q: want one of %s", format, strings.Join(formats, ", "))
}

// partialError reports that some inputs of a batch failed while the rest
// were processed; each failure was already reported on stderr.
type partialError struct{ Failed, Total int }

func (e *partialError) Error() string {
	return fmt.Sprintf("%d of %d inputs failed", e.Failed, e.Total)
}

// newFlagSet returns a flag set for subcommand name that writes its usage
// to m.Stderr, with synopsis shown above the flag list.
func (m *Main) newFlagSet(name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet("parley "+name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(m.Stderr, "Usage: parley %s\n\n", synopsis)
		fmt.Fprintln(m.Stderr, "Flags (each also read from PARLEY_<NAME> when not given):")
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args into fs, then fills every flag not given on the
// command line from the environment variable PARLEY_<NAME> (upper case,
// dashes as underscores). It maps -h/--help to errHelp and any other
// problem to errUsage or a clear error naming the variable.
func (m *Main) parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return errHelp
		}
		return errUsage
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	var err error
	fs.VisitAll(func(f *flag.Flag) {
		if set[f.Name] || err != nil || m.Getenv == nil {
			return
		}
		env := "PARLEY_" + strings.ToUpper(strings.ReplaceAll(f.Name, "-", "_"))
		if v := m.Getenv(env); v != "" {
			if e := f.Value.Set(v); e != nil {
				err = fmt.Errorf("environment %s=%q: %v", env, v, e)
			}
		}
	})
	return err
}

// readerFlags defines the flags every command that reads inputs shares
// (--allow-private, --max-bytes, --timeout) and returns a function that
// builds the configured reader once the flags are parsed. Each reader error
// already names its input; name prefixes the line ("parley docs"). When out
// is not nil it is flushed before an error is printed, so that stdout and
// stderr stay in input order.
func (m *Main) readerFlags(fs *flag.FlagSet, name string) func(out *bufio.Writer) *ingest.Reader {
	allowPrivate := fs.Bool("allow-private", false, "allow fetching URLs on loopback, private and link-local addresses")
	maxBytes := fs.Int64("max-bytes", ingest.DefaultMaxBytes, "size limit on one input, in bytes")
	timeout := fs.Duration("timeout", ingest.DefaultTimeout, "time limit on one URL fetch")
	return func(out *bufio.Writer) *ingest.Reader {
		return &ingest.Reader{AllowPrivate: *allowPrivate, MaxBytes: *maxBytes, Timeout: *timeout, Stdin: m.Stdin,
			OnError: func(input string, err error) {
				if out != nil {
					out.Flush()
				}
				fmt.Fprintln(m.Stderr, name+":", err)
			}}
	}
}

// endBatch finishes a command that wrote its inputs' documents to out: a
// read error ends it, else the output is flushed and inputs that could not
// be read make it a partialError.
func endBatch(out *bufio.Writer, stats ingest.Stats, err error) error {
	if err != nil {
		return err
	}
	if err := out.Flush(); err != nil {
		return err
	}
	if stats.Failed > 0 {
		return &partialError{Failed: stats.Failed, Total: stats.Inputs}
	}
	return nil
}
