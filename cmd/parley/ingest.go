package main

import (
	"context"
	"fmt"
)

// runIngest is a placeholder, replaced wholesale by issue 6 (store).
func (m *Main) runIngest(ctx context.Context, args []string) error {
	return fmt.Errorf("ingest: not built yet")
}
