package main

import (
	"context"
	"fmt"
)

// runDyads is a placeholder, replaced wholesale by issue 6 (store).
func (m *Main) runDyads(ctx context.Context, args []string) error {
	return fmt.Errorf("dyads: not built yet")
}
