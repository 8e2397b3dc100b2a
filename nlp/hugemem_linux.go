package nlp

import (
	"runtime"
	"syscall"
	"unsafe"
)

// hugeAlign is the size of a transparent huge page.
const hugeAlign = 2 << 20

// hugeSlice returns n zeroed values of T (which must hold no pointers) for
// a frozen table that owner keeps. Large tables are mapped outside the Go
// heap, aligned to and advised for transparent huge pages, because random
// probes over tens of megabytes otherwise spend much of their time in TLB
// misses. The mapping is released when owner becomes unreachable. Small
// tables, or any failure to map, fall back to the Go heap.
func hugeSlice[T any](owner *perceptron, n int) []T {
	var zero T
	size := n * int(unsafe.Sizeof(zero))
	if size < hugeAlign {
		return make([]T, n)
	}
	mem, err := syscall.Mmap(-1, 0, size+hugeAlign, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return make([]T, n)
	}
	off := 0
	if r := int(uintptr(unsafe.Pointer(&mem[0])) % hugeAlign); r != 0 {
		off = hugeAlign - r
	}
	body := mem[off : off+size]
	_ = syscall.Madvise(body, syscall.MADV_HUGEPAGE) // only a hint
	runtime.AddCleanup(owner, func(m []byte) { _ = syscall.Munmap(m) }, mem)
	return unsafe.Slice((*T)(unsafe.Pointer(&body[0])), n)
}
