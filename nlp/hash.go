package nlp

// Feature keys are 64-bit hashes built by mixing a template number with
// hashed values, so that no strings are built on the hot path.

// hashString returns the FNV-1a hash of s.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// mix combines a feature key with one more value.
func mix(h, v uint64) uint64 {
	h ^= v + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2)
	h *= 0xbf58476d1ce4e5b9
	return h ^ (h >> 31)
}

func feat1(t, a uint64) uint64    { return mix(mix(t*0x100000001b3, a), 1) }
func feat2(t, a, b uint64) uint64 { return mix(mix(mix(t*0x100000001b3, a), b), 2) }
func feat3(t, a, b, c uint64) uint64 {
	return mix(mix(mix(mix(t*0x100000001b3, a), b), c), 3)
}
