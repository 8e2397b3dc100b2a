package nlp

// parseFeatures appends the transition classifier's features: Zhang and
// Nivre (2011) templates adapted to the arc-hybrid system (stack s0–s2,
// buffer b0–b2, their outer children, distance, valency and label sets).
func parseFeatures(buf []uint64, st *state, s *sentence) []uint64 {
	s0, s1, s2 := st.item(0), st.item(1), st.item(2)
	b0, b1, b2 := st.buf(0), st.buf(1), st.buf(2)
	s0w, s0p, s1w, s1p, s2p := s.word(s0), s.tag(s0), s.word(s1), s.tag(s1), s.tag(s2)
	b0w, b0p, b1w, b1p, b2p := s.word(b0), s.tag(b0), s.word(b1), s.tag(b1), s.tag(b2)
	s0wp, s1wp, b0wp, b1wp := mix(s0w, s0p), mix(s1w, s1p), mix(b0w, b0p), mix(b1w, b1p)
	s0u, s1u, b0u := s.upos(s0), s.upos(s1), s.upos(b0)

	s0l1, s0l2 := at(st.lc1, s0), at(st.lc2, s0)
	s0r1, s0r2 := at(st.rc1, s0), at(st.rc2, s0)
	s1l1, s1r1, s1r2 := at(st.lc1, s1), at(st.rc1, s1), at(st.rc2, s1)
	b0l1, b0l2 := at(st.lc1, b0), at(st.lc2, b0)
	d := dist(s0, b0)
	d1 := dist(s1, s0)
	var s0vl, s0vr, b0vl, s1vl, s1vr, s0ls, s0rs, b0ls, s1rs uint64
	if s0 >= 0 {
		s0vl, s0vr, s0ls, s0rs = uint64(st.nl[s0]), uint64(st.nr[s0]), st.lset[s0], st.rset[s0]
	}
	if b0 >= 0 {
		b0vl, b0ls = uint64(st.nl[b0]), st.lset[b0]
	}
	if s1 >= 0 {
		s1vl, s1vr, s1rs = uint64(st.nl[s1]), uint64(st.nr[s1]), st.rset[s1]
	}
	var s0prev, s0next uint64 = hashNone, hashNone
	if s0 > 0 {
		s0prev = s.tag(s0 - 1)
	}
	if s0 >= 0 && s0+1 < b0 {
		s0next = s.tag(s0 + 1)
	}
	var b0prev uint64 = hashNone
	if b0 > 0 {
		b0prev = s.tag(b0 - 1)
	}

	buf = append(buf,
		feat1(1, s0w), feat1(2, s0p), feat1(3, s0wp),
		feat1(4, s1w), feat1(5, s1p), feat1(6, s1wp),
		feat1(7, s2p), feat1(8, s.word(s2)),
		feat1(9, b0w), feat1(10, b0p), feat1(11, b0wp),
		feat1(12, b1w), feat1(13, b1p), feat1(14, b1wp),
		feat1(15, b2p), feat1(16, s.word(b2)),
		// Pairs of s0 and b0.
		feat2(20, s0wp, b0wp), feat2(21, s0wp, b0w), feat2(22, s0w, b0wp),
		feat2(23, s0wp, b0p), feat2(24, s0p, b0wp), feat2(25, s0w, b0w), feat2(26, s0p, b0p),
		feat2(27, s0u, b0u),
		// Pairs of s1 and s0, which RIGHT joins.
		feat2(30, s1wp, s0wp), feat2(31, s1w, s0w), feat2(32, s1p, s0p),
		feat2(33, s1wp, s0p), feat2(34, s1p, s0wp), feat2(35, s1u, s0u),
		feat3(36, s1p, s0p, d1), feat3(37, s1w, s0w, d1),
		// Tag trigrams.
		feat2(40, b0p, b1p), feat3(41, b0p, b1p, b2p), feat3(42, s0p, b0p, b1p),
		feat3(43, s1p, s0p, b0p), feat3(44, s2p, s1p, s0p), feat3(45, s1p, s0p, b1p),
		feat3(46, s0p, s.tag(s0l1), b0p), feat3(47, s0p, s.tag(s0r1), b0p),
		feat3(48, s0p, b0p, s.tag(b0l1)), feat3(49, s1p, s0p, s.tag(s0l1)),
		feat3(50, s1p, s.tag(s1r1), s0p), feat3(51, s1p, s0p, s.tag(s0r1)),
		// Distance.
		feat2(60, s0w, d), feat2(61, s0p, d), feat2(62, b0w, d), feat2(63, b0p, d),
		feat3(64, s0w, b0w, d), feat3(65, s0p, b0p, d),
		// Valency.
		feat2(70, s0w, s0vr), feat2(71, s0p, s0vr), feat2(72, s0w, s0vl), feat2(73, s0p, s0vl),
		feat2(74, b0w, b0vl), feat2(75, b0p, b0vl), feat2(76, s1p, s1vl), feat2(77, s1p, s1vr),
		// Children.
		feat1(80, s.word(s0l1)), feat1(81, s.tag(s0l1)), feat1(82, st.labelOf(s0l1)),
		feat1(83, s.word(s0r1)), feat1(84, s.tag(s0r1)), feat1(85, st.labelOf(s0r1)),
		feat1(86, s.word(b0l1)), feat1(87, s.tag(b0l1)), feat1(88, st.labelOf(b0l1)),
		feat1(89, s.word(s1r1)), feat1(90, s.tag(s1r1)), feat1(91, st.labelOf(s1r1)),
		feat1(92, s.tag(s1l1)), feat1(93, st.labelOf(s1l1)),
		feat1(94, s.tag(s0l2)), feat1(95, st.labelOf(s0l2)), feat1(96, s.tag(s0r2)),
		feat1(97, st.labelOf(s0r2)), feat1(98, s.tag(b0l2)), feat1(99, st.labelOf(b0l2)),
		feat3(100, s0p, st.labelOf(s0l1), st.labelOf(s0l2)),
		feat3(101, s0p, st.labelOf(s0r1), st.labelOf(s0r2)),
		feat3(102, b0p, st.labelOf(b0l1), st.labelOf(b0l2)),
		feat3(103, s1p, st.labelOf(s1r1), st.labelOf(s1r2)),
		feat3(104, s0p, s.tag(s0l1), s.tag(s0l2)), feat3(105, s0p, s.tag(s0r1), s.tag(s0r2)),
		feat3(106, b0p, s.tag(b0l1), s.tag(b0l2)),
		// Label sets.
		feat2(110, s0w, s0rs), feat2(111, s0p, s0rs), feat2(112, s0w, s0ls), feat2(113, s0p, s0ls),
		feat2(114, b0w, b0ls), feat2(115, b0p, b0ls), feat2(116, s1p, s1rs),
		// Linear context.
		feat3(120, s0prev, s0p, b0p), feat3(121, s0p, s0next, b0p), feat3(122, b0prev, b0p, s0p),
		feat2(123, b0prev, b0w),
		// Suffixes and case, which survive tagging errors.
		feat1(130, s.suffix(s0)), feat1(131, s.suffix(b0)), feat2(132, s.suffix(s0), s.suffix(b0)),
		feat2(133, s.suffix(s1), s.suffix(s0)), feat1(134, s.suffix(b1)),
		// Separating punctuation between the words.
		feat3(145, s0p, b0p, s.seps(s0, b0)), feat3(146, s1p, s0p, s.seps(s1, s0)),
		feat2(152, s.seps(s0, b0), d), feat3(153, s1p, s0p, mix(s.seps(s1, s0), d1)),
	)
	// The marks next to s0 and b0, and the tagger's runner-up classes where
	// it was unsure, only when there are some: most words have none, and
	// every feature is a probe of a table far larger than the caches.
	if l, r := s.punctLeft(s0), s.punctRight(s0); l != hashNone || r != hashNone {
		buf = append(buf, feat3(154, s0p, l, r))
	}
	if l := s.punctLeft(b0); l != hashNone {
		buf = append(buf, feat2(155, b0p, l))
	}
	if a := s.alt(s0); a != hashNone {
		buf = append(buf, feat2(160, s0p, a), feat3(164, s0p, b0p, a), feat2(166, s0w, a))
	}
	if a := s.alt(b0); a != hashNone {
		buf = append(buf, feat2(161, b0p, a), feat3(165, s0p, b0p, a), feat2(167, b0w, a))
	}
	if a := s.alt(s1); a != hashNone {
		buf = append(buf, feat2(162, s1p, a), feat3(168, s1p, s0p, a))
	}
	if a := s.alt(b1); a != hashNone {
		buf = append(buf, feat2(163, b1p, a))
	}
	return buf
}

// labelFeatures appends the labeller's features for the arc h → d.
func labelFeatures(buf []uint64, st *state, s *sentence, h, d int) []uint64 {
	hw, hp, dw, dp := s.word(h), s.tag(h), s.word(d), s.tag(d)
	var dir uint64 = 1
	if h < d {
		dir = 2
	}
	dd := dist(h, d) + dir*16
	dl1, dr1 := st.lc1[d], st.rc1[d]
	hl1, hr1 := st.lc1[h], st.rc1[h]
	var dprev, dnext uint64 = hashStart, hashEnd
	if d > 0 {
		dprev = s.tag(d - 1)
	}
	if d+1 < st.n {
		dnext = s.tag(d + 1)
	}
	buf = append(buf,
		feat1(1, dd), feat1(2, hw), feat1(3, hp), feat1(4, dw), feat1(5, dp),
		feat2(6, hw, dp), feat2(7, hp, dw), feat2(8, hp, dp), feat3(9, hp, dp, dd), feat2(10, hw, dw),
		feat2(11, dw, dd), feat2(12, dp, dd), feat2(13, hw, dd),
		feat1(20, s.word(dl1)), feat2(21, dp, s.word(dl1)), feat3(22, hp, dp, s.word(dl1)),
		feat2(23, dp, st.labelOf(dl1)), feat2(24, dp, st.labelOf(dr1)), feat2(25, dp, s.tag(dr1)),
		feat2(26, dp, mix(st.lset[d], st.rset[d])), feat3(27, hp, dp, st.lset[d]),
		feat2(30, hp, st.labelOf(hl1)), feat2(31, hp, st.labelOf(hr1)), feat3(32, hp, dp, st.lset[h]),
		feat3(33, hp, dd, mix(st.lset[h], st.rset[h])), feat2(34, hw, s.word(hl1)),
		feat2(40, dp, dprev), feat2(41, dp, dnext), feat3(42, dprev, dp, dnext), feat3(43, hp, dp, dprev),
		feat2(44, dw, hp), feat3(45, dw, s.word(dl1), hw),
		feat3(52, hp, dp, s.seps(h, d)),
	)
	if a := s.alt(d); a != hashNone {
		buf = append(buf, feat2(54, dp, a))
	}
	if a := s.alt(h); a != hashNone {
		buf = append(buf, feat3(55, hp, dp, a))
	}
	return buf
}
