package main

import (
	"context"
	"fmt"
)

// runEvents is a placeholder, replaced wholesale by issue 6 (store).
func (m *Main) runEvents(ctx context.Context, args []string) error {
	return fmt.Errorf("events: not built yet")
}
