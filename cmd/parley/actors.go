package main

import (
	"context"
	"fmt"
)

// runActors is a placeholder, replaced wholesale by issue 6 (store) / issue 4 (actors).
func (m *Main) runActors(ctx context.Context, args []string) error {
	return fmt.Errorf("actors: not built yet")
}
