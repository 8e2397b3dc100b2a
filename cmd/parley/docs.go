package main

import (
	"context"
	"fmt"
)

// runDocs is a placeholder, replaced wholesale by issue 2 (ingest).
func (m *Main) runDocs(ctx context.Context, args []string) error {
	return fmt.Errorf("docs: not built yet")
}
