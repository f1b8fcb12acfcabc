;; The pair kernel of top-k (see contextScanner.ts). Hand-written WebAssembly text (with 128-bit
;; SIMD), assembled by scripts/build-wasm.mjs into kernelBytes.ts. All sums are whole numbers of
;; weight units (i32); addresses are byte offsets into the module's own memory.
(module
  ;; the memory comes from the instantiator, made at the size needed (growing one makes V8 collect
  ;; garbage: a full collection of a large heap costs half a second)
  (import "env" "memory" (memory $memory 1))
  (export "memory" (memory $memory))
  ;; number of pairs `row` has offered to the heaps
  (global $count (mut i32) (i32.const 0))

  ;; acc[j] += min(u, v) for every posting (j, v) after member i (with $full: every posting) in each
  ;; of member i's categories.
  ;; Row entry p of member i: row[p] = (category << 10) | unit, own posting position self[p].
  ;; A posting is one i32, (member << 10) | unit; postOff[k] is category k's first posting.
  (func (export "scatter")
    (param $i i32) (param $off i32) (param $row i32) (param $self i32)
    (param $postOff i32) (param $post i32) (param $acc i32) (param $full i32)
    (local $p i32) (local $pe i32) (local $q i32) (local $qe i32) (local $u i32) (local $x i32) (local $y i32) (local $a i32) (local $b i32)
    (local.set $p (i32.shl (i32.load (i32.add (local.get $off) (i32.shl (local.get $i) (i32.const 2)))) (i32.const 2)))
    (local.set $pe (i32.shl (i32.load offset=4 (i32.add (local.get $off) (i32.shl (local.get $i) (i32.const 2)))) (i32.const 2)))
    (block $done
      (loop $rows
        (br_if $done (i32.ge_u (local.get $p) (local.get $pe)))
        ;; postings after member i's own: from self[p] + 1 (or, with $full, from the category's
        ;; start: member i's own posting included) to the category's end
        (local.set $q (i32.add (local.get $post)
          (i32.shl
            (select
              (i32.load (i32.add (local.get $postOff)
                (i32.shl (i32.shr_u (i32.load (i32.add (local.get $row) (local.get $p))) (i32.const 10)) (i32.const 2))))
              (i32.add (i32.load (i32.add (local.get $self) (local.get $p))) (i32.const 1))
              (local.get $full))
            (i32.const 2))))
        (local.set $qe (i32.add (local.get $post)
          (i32.shl
            (i32.load offset=4 (i32.add (local.get $postOff)
              (i32.shl (i32.shr_u (i32.load (i32.add (local.get $row) (local.get $p))) (i32.const 10)) (i32.const 2))))
            (i32.const 2))))
        (local.set $u (i32.and (i32.load (i32.add (local.get $row) (local.get $p))) (i32.const 1023)))
        ;; two postings a step (their members differ, so the two updates are independent)
        (block $pairsDone
          (loop $twoAtATime
            (br_if $pairsDone (i32.gt_u (i32.add (local.get $q) (i32.const 4)) (i32.sub (local.get $qe) (i32.const 4))))
            (local.set $x (i32.load (local.get $q)))
            (local.set $y (i32.load offset=4 (local.get $q)))
            (local.set $a (i32.add (local.get $acc) (i32.shl (i32.shr_u (local.get $x) (i32.const 10)) (i32.const 2))))
            (local.set $b (i32.add (local.get $acc) (i32.shl (i32.shr_u (local.get $y) (i32.const 10)) (i32.const 2))))
            (local.set $x (i32.and (local.get $x) (i32.const 1023)))
            (local.set $y (i32.and (local.get $y) (i32.const 1023)))
            (i32.store (local.get $a) (i32.add (i32.load (local.get $a))
              (select (local.get $u) (local.get $x) (i32.lt_u (local.get $u) (local.get $x)))))
            (i32.store (local.get $b) (i32.add (i32.load (local.get $b))
              (select (local.get $u) (local.get $y) (i32.lt_u (local.get $u) (local.get $y)))))
            (local.set $q (i32.add (local.get $q) (i32.const 8)))
            (br $twoAtATime)))
        (if (i32.lt_u (local.get $q) (local.get $qe))
          (then
            (local.set $x (i32.load (local.get $q)))
            (local.set $a (i32.add (local.get $acc) (i32.shl (i32.shr_u (local.get $x) (i32.const 10)) (i32.const 2))))
            (local.set $x (i32.and (local.get $x) (i32.const 1023)))
            (i32.store (local.get $a) (i32.add (i32.load (local.get $a))
              (select (local.get $u) (local.get $x) (i32.lt_u (local.get $u) (local.get $x)))))))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (br $rows))))



  ;; Whether (a, am) ranks below (b, bm): lower synergy, or equal synergy and later member.
  (func $worse (param $a f64) (param $am i32) (param $b f64) (param $bm i32) (result i32)
    (i32.or (f64.lt (local.get $a) (local.get $b))
      (i32.and (f64.eq (local.get $a) (local.get $b)) (i32.gt_s (local.get $am) (local.get $bm)))))

  ;; Offer partner y with synergy v (context ctx, expertise overlap eo) to member x's bounded heap
  ;; of k entries (root = worst), the algorithm of TopHeaps.offer in topHeaps.ts. When the heap is
  ;; full, own[x] becomes its root's synergy and th[x] (the f32 pruning bound) at least the largest
  ;; f32 not above it.
  ;; Heaps: value (f64), member (i32), context (f64), overlap (f64), k slots per member; size (i32).
  (func $offer (param $cfg i32) (param $x i32) (param $y i32) (param $v f64) (param $ctx f64) (param $eo f64)
    (local $k i32) (local $base i32) (local $count i32) (local $c i32) (local $l i32) (local $r i32) (local $w i32)
    (local $value i32) (local $member i32) (local $context i32) (local $overlap i32) (local $size i32) (local $from i32) (local $to i32)
    (local $own i32) (local $th i32) (local $root f64) (local $down f32)
    (local.set $k (i32.load offset=108 (local.get $cfg)))
    (local.set $value (i32.load offset=28 (local.get $cfg)))
    (local.set $member (i32.load offset=32 (local.get $cfg)))
    (local.set $context (i32.load offset=36 (local.get $cfg)))
    (local.set $overlap (i32.load offset=96 (local.get $cfg)))
    (local.set $size (i32.add (i32.load offset=100 (local.get $cfg)) (i32.shl (local.get $x) (i32.const 2))))
    (local.set $base (i32.mul (local.get $x) (local.get $k)))
    (local.set $count (i32.load (local.get $size)))
    (if (i32.eq (local.get $count) (local.get $k))
      (then
        (if (i32.eqz (call $worse
              (f64.load (i32.add (local.get $value) (i32.shl (local.get $base) (i32.const 3))))
              (i32.load (i32.add (local.get $member) (i32.shl (local.get $base) (i32.const 2))))
              (local.get $v) (local.get $y)))
          (then (return)))
        ;; replace the root and sift the new entry down
        (local.set $c (i32.const 0))
        (block $placed
          (loop $down
            (local.set $l (i32.add (i32.shl (local.get $c) (i32.const 1)) (i32.const 1)))
            (br_if $placed (i32.ge_s (local.get $l) (local.get $k)))
            (local.set $r (i32.add (local.get $l) (i32.const 1)))
            (local.set $w (local.get $l))
            (if (i32.lt_s (local.get $r) (local.get $k))
              (then
                (if (call $worse
                      (f64.load (i32.add (local.get $value) (i32.shl (i32.add (local.get $base) (local.get $r)) (i32.const 3))))
                      (i32.load (i32.add (local.get $member) (i32.shl (i32.add (local.get $base) (local.get $r)) (i32.const 2))))
                      (f64.load (i32.add (local.get $value) (i32.shl (i32.add (local.get $base) (local.get $l)) (i32.const 3))))
                      (i32.load (i32.add (local.get $member) (i32.shl (i32.add (local.get $base) (local.get $l)) (i32.const 2)))))
                  (then (local.set $w (local.get $r))))))
            (br_if $placed (i32.eqz (call $worse
              (f64.load (i32.add (local.get $value) (i32.shl (i32.add (local.get $base) (local.get $w)) (i32.const 3))))
              (i32.load (i32.add (local.get $member) (i32.shl (i32.add (local.get $base) (local.get $w)) (i32.const 2))))
              (local.get $v) (local.get $y))))
            (local.set $from (i32.add (local.get $base) (local.get $w)))
            (local.set $to (i32.add (local.get $base) (local.get $c)))
            (call $move (local.get $cfg) (local.get $from) (local.get $to))
            (local.set $c (local.get $w))
            (br $down))))
      (else
        ;; append and sift up
        (local.set $c (local.get $count))
        (i32.store (local.get $size) (i32.add (local.get $count) (i32.const 1)))
        (block $placed
          (loop $up
            (br_if $placed (i32.eqz (local.get $c)))
            (local.set $l (i32.shr_s (i32.sub (local.get $c) (i32.const 1)) (i32.const 1)))
            (br_if $placed (i32.eqz (call $worse (local.get $v) (local.get $y)
              (f64.load (i32.add (local.get $value) (i32.shl (i32.add (local.get $base) (local.get $l)) (i32.const 3))))
              (i32.load (i32.add (local.get $member) (i32.shl (i32.add (local.get $base) (local.get $l)) (i32.const 2)))))))
            (call $move (local.get $cfg) (i32.add (local.get $base) (local.get $l)) (i32.add (local.get $base) (local.get $c)))
            (local.set $c (local.get $l))
            (br $up)))))
    (local.set $to (i32.add (local.get $base) (local.get $c)))
    (f64.store (i32.add (local.get $value) (i32.shl (local.get $to) (i32.const 3))) (local.get $v))
    (i32.store (i32.add (local.get $member) (i32.shl (local.get $to) (i32.const 2))) (local.get $y))
    (f64.store (i32.add (local.get $context) (i32.shl (local.get $to) (i32.const 3))) (local.get $ctx))
    (f64.store (i32.add (local.get $overlap) (i32.shl (local.get $to) (i32.const 3))) (local.get $eo))
    (if (i32.eq (i32.load (local.get $size)) (local.get $k))
      (then
        (local.set $root (f64.load (i32.add (local.get $value) (i32.shl (local.get $base) (i32.const 3)))))
        (local.set $own (i32.add (i32.load offset=104 (local.get $cfg)) (i32.shl (local.get $x) (i32.const 3))))
        (f64.store (local.get $own) (local.get $root))
        ;; th[x] (f32) = the largest f32 not above root, when that raises it
        (local.set $down (f32.demote_f64 (local.get $root)))
        (if (f64.gt (f64.promote_f32 (local.get $down)) (local.get $root))
          (then (local.set $down (f32.reinterpret_i32 (i32.sub (i32.reinterpret_f32 (local.get $down)) (i32.const 1))))))
        (local.set $th (i32.add (i32.load offset=24 (local.get $cfg)) (i32.shl (local.get $x) (i32.const 2))))
        (if (f32.gt (local.get $down) (f32.load (local.get $th)))
          (then (f32.store (local.get $th) (local.get $down)))))))

  ;; Heap slot `from` to slot `to` (all four arrays).
  (func $move (param $cfg i32) (param $from i32) (param $to i32)
    (local $a i32)
    (local.set $a (i32.load offset=28 (local.get $cfg)))
    (f64.store (i32.add (local.get $a) (i32.shl (local.get $to) (i32.const 3)))
      (f64.load (i32.add (local.get $a) (i32.shl (local.get $from) (i32.const 3)))))
    (local.set $a (i32.load offset=32 (local.get $cfg)))
    (i32.store (i32.add (local.get $a) (i32.shl (local.get $to) (i32.const 2)))
      (i32.load (i32.add (local.get $a) (i32.shl (local.get $from) (i32.const 2)))))
    (local.set $a (i32.load offset=36 (local.get $cfg)))
    (f64.store (i32.add (local.get $a) (i32.shl (local.get $to) (i32.const 3)))
      (f64.load (i32.add (local.get $a) (i32.shl (local.get $from) (i32.const 3)))))
    (local.set $a (i32.load offset=96 (local.get $cfg)))
    (f64.store (i32.add (local.get $a) (i32.shl (local.get $to) (i32.const 3)))
      (f64.load (i32.add (local.get $a) (i32.shl (local.get $from) (i32.const 3))))))

  ;; The exact context of pair (i, j) from its geography and sector unit sums mg, ms (row sums from
  ;; lgF, lsF: whole numbers below 2^23, exact in f32): the operations of overlapOf and contextOf in
  ;; formulas.ts, in the same order, so the same bits.
  (func $ctxOf (param $cfg i32) (param $i i32) (param $j i32) (param $mg i32) (param $ms i32) (result f64)
    (local $fg f64) (local $fs f64) (local $sg f64) (local $ss f64)
    (local.set $fg (f64.convert_i32_s (local.get $mg)))
    (local.set $fs (f64.convert_i32_s (local.get $ms)))
    (local.set $sg (f64.sub (f64.add
      (f64.promote_f32 (f32.load (i32.add (i32.load offset=112 (local.get $cfg)) (i32.shl (local.get $i) (i32.const 2)))))
      (f64.promote_f32 (f32.load (i32.add (i32.load offset=112 (local.get $cfg)) (i32.shl (local.get $j) (i32.const 2))))))
      (local.get $fg)))
    (local.set $ss (f64.sub (f64.add
      (f64.promote_f32 (f32.load (i32.add (i32.load offset=116 (local.get $cfg)) (i32.shl (local.get $i) (i32.const 2)))))
      (f64.promote_f32 (f32.load (i32.add (i32.load offset=116 (local.get $cfg)) (i32.shl (local.get $j) (i32.const 2))))))
      (local.get $fs)))
    (f64.add
        (f64.mul (f64.load offset=72 (local.get $cfg))
          (select (f64.div (local.get $fg) (local.get $sg)) (f64.const 0) (f64.gt (local.get $sg) (f64.const 0))))
        (f64.mul (f64.load offset=80 (local.get $cfg))
          (select (f64.div (local.get $fs) (local.get $ss)) (f64.const 0) (f64.gt (local.get $ss) (f64.const 0))))))

  ;; One pair (i, j) whose context may reach t = min(th[i], th[j]) (mg, ms: its geography and
  ;; sector unit sums): the exact context, then the expertise overlap (member i's units are spread
  ;; over `probe`; j's row is walked) and the synergy; offered to the heaps of i and j when synergy
  ;; > 0 and >= t.
  ;; The same operations in the same order as overlapOf, contextOf and synergyOf in formulas.ts,
  ;; so every value has the bits the JavaScript path computes.
  (func $tail (param $cfg i32) (param $i i32) (param $j i32) (param $mg i32) (param $ms i32)
    (local $ctx f64)
    (local $p i32) (local $q i32) (local $u i32) (local $v i32) (local $me i32)
    (local $expRow i32) (local $probe i32) (local $le i32)
    (local $fe f64) (local $se f64) (local $eo f64) (local $syn f64) (local $own i32) (local $t f64)
    (local.set $t (f64.promote_f32 (f32.min
      (f32.load (i32.add (i32.load offset=24 (local.get $cfg)) (i32.shl (local.get $i) (i32.const 2))))
      (f32.load (i32.add (i32.load offset=24 (local.get $cfg)) (i32.shl (local.get $j) (i32.const 2)))))))
    (local.set $ctx (call $ctxOf (local.get $cfg) (local.get $i) (local.get $j) (local.get $mg) (local.get $ms)))
    (if (f64.lt (local.get $ctx) (local.get $t)) (then (return)))
    (local.set $expRow (i32.load offset=60 (local.get $cfg)))
    (local.set $probe (i32.load offset=68 (local.get $cfg)))
    (local.set $le (i32.load offset=20 (local.get $cfg)))
    (local.set $p (i32.load (i32.add (i32.load offset=56 (local.get $cfg)) (i32.shl (local.get $j) (i32.const 2)))))
    (local.set $q (i32.load offset=4 (i32.add (i32.load offset=56 (local.get $cfg)) (i32.shl (local.get $j) (i32.const 2)))))
    (block $walked
      (loop $walk
        (br_if $walked (i32.ge_s (local.get $p) (local.get $q)))
        (local.set $v (i32.load (i32.add (local.get $expRow) (i32.shl (local.get $p) (i32.const 2)))))
        (local.set $u (i32.load (i32.add (local.get $probe) (i32.shl (i32.shr_u (local.get $v) (i32.const 10)) (i32.const 2)))))
        (local.set $v (i32.and (local.get $v) (i32.const 1023)))
        (local.set $me (i32.add (local.get $me)
          (select (local.get $u) (local.get $v) (i32.lt_s (local.get $u) (local.get $v)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $walk)))
    (local.set $fe (f64.convert_i32_s (local.get $me)))
    (local.set $se (f64.sub (f64.add
      (f64.convert_i32_s (i32.load (i32.add (local.get $le) (i32.shl (local.get $i) (i32.const 2)))))
      (f64.convert_i32_s (i32.load (i32.add (local.get $le) (i32.shl (local.get $j) (i32.const 2))))))
      (local.get $fe)))
    (local.set $eo (select (f64.div (local.get $fe) (local.get $se)) (f64.const 0) (f64.gt (local.get $se) (f64.const 0))))
    (local.set $syn (f64.mul (local.get $ctx) (f64.sub (f64.const 1) (local.get $eo))))
    (if (i32.eqz (f64.gt (local.get $syn) (f64.const 0))) (then (return)))
    (if (f64.lt (local.get $syn) (local.get $t)) (then (return)))
    ;; offer the pair to both members' heaps, as scanRowsIntoHeaps does
    (local.set $own (i32.load offset=104 (local.get $cfg)))
    (if (f64.ge (local.get $syn) (f64.load (i32.add (local.get $own) (i32.shl (local.get $i) (i32.const 3)))))
      (then (call $offer (local.get $cfg) (local.get $i) (local.get $j) (local.get $syn) (local.get $ctx) (local.get $eo))))
    (if (f64.ge (local.get $syn) (f64.load (i32.add (local.get $own) (i32.shl (local.get $j) (i32.const 3)))))
      (then (call $offer (local.get $cfg) (local.get $j) (local.get $i) (local.get $syn) (local.get $ctx) (local.get $eo))))
    (global.set $count (i32.add (global.get $count) (i32.const 1))))

  ;; Member i's row of top-k, four members j at a time: the geography and sector unit sums of
  ;; (i, j) for every j in (i, n), a division-free f32 test that drops the pairs whose context is
  ;; certainly below t = min(th[i], th[j]), and $tail for the rest.
  ;; A dimension's sums come from one of three sources:
  ;; - its accumulator (scatter filled it for row i; this reads and zeroes it);
  ;; - byte codes: W <= 16 words of four bytes per member, byte c of word t = the member's unit in
  ;;   category 4t + c; min(x, y) summed over the categories = i8x16.min_u of the words, added;
  ;; - bit sets: W <= 16 words of 32 bits per member (unit levels x ceil(categories / 32)); a
  ;;   min-sum is sum over unit levels v of |{k: u_ik >= v and u_jk >= v}| = i8x16.popcnt of the
  ;;   words ANDed, added.
  ;; Words and bits alike are stored by groups of four members (word t of group g at base + g*16W +
  ;; 16t, lane = member & 3); member i's W words are splatted into a scratch and the sum runs the
  ;; W used slots of 16 (br_table jumps over the 16 - W unused ones), byte counts (below 256: the
  ;; planner checks W x largest unit for codes; a popcount is at most 8) widened to four i32 sums.
  ;; Arrays indexed by j are padded to a multiple of four members with zeros.
  ;; cfg: 0 n, 4 accG, 8 accS, 20 le (i32 row sums of expertise), 24 th (f32: the pruning bounds:
  ;; heap thresholds, or speculative bounds that are checked afterwards, see speculativeBounds.ts),
  ;; 28 heap values (f64), 32 heap members (i32),
  ;; 36 heap contexts (f64), 40 geoBits (0: not bit sets), 44 geoWords, 48 secBits, 52 secWords,
  ;; 56 expOff, 60 expRow ((theme << 10) | unit), 68 probe, 72 wg (f64), 80 ws (f64), 88 geoCodes, 92 secCodes
  ;; (0: not byte codes), 96 heap overlaps (f64), 100 heap sizes (i32), 104 own (f64: each heap's
  ;; threshold), 108 k, 112 lgF, 116 lsF (the row sums as f32), 128..159 scratch of contextRow,
  ;; 256..767 scratch for member i's splatted words (geography at 256, sectors at 512; the sum
  ;; addresses them from up to 240 bytes before).
  (func (export "row") (param $cfg i32) (param $i i32) (result i32)
    (local $n i32) (local $g i32) (local $groups i32) (local $j0 i32) (local $p i32) (local $q i32) (local $t i32) (local $w i32)
    (local $accG i32) (local $accS i32) (local $lgF i32) (local $lsF i32) (local $th i32)
    (local $expOff i32) (local $expRow i32) (local $probe i32)
    (local $gBits i32) (local $gCodes i32) (local $gSkip i32) (local $gStride i32) (local $gBase i32) (local $gP i32) (local $gS i32)
    (local $sBits i32) (local $sCodes i32) (local $sSkip i32) (local $sStride i32) (local $sBase i32) (local $sP i32) (local $sS i32)
    (local $acc8 v128) (local $gSum v128) (local $sSum v128)
    (local $jv v128) (local $iv v128)
    (local $fg v128) (local $fs v128) (local $sg v128) (local $ss v128) (local $keep v128)
    (local $t4 v128) (local $ti4 v128) (local $lgi4 v128) (local $lsi4 v128) (local $wg4 v128) (local $ws4 v128) (local $margin4 v128)
    (global.set $count (i32.const 0))
    (local.set $n (i32.load offset=0 (local.get $cfg)))
    (local.set $accG (i32.load offset=4 (local.get $cfg)))
    (local.set $accS (i32.load offset=8 (local.get $cfg)))
    (local.set $th (i32.load offset=24 (local.get $cfg)))
    (local.set $lgF (i32.load offset=112 (local.get $cfg)))
    (local.set $lsF (i32.load offset=116 (local.get $cfg)))
    (local.set $expOff (i32.load offset=56 (local.get $cfg)))
    (local.set $expRow (i32.load offset=60 (local.get $cfg)))
    (local.set $probe (i32.load offset=68 (local.get $cfg)))
    (local.set $wg4 (f32x4.splat (f32.demote_f64 (f64.load offset=72 (local.get $cfg)))))
    (local.set $ws4 (f32x4.splat (f32.demote_f64 (f64.load offset=80 (local.get $cfg)))))
    (local.set $margin4 (f32x4.splat (f32.const 1.00001)))
    (local.set $ti4 (f32x4.splat (f32.load (i32.add (local.get $th) (i32.shl (local.get $i) (i32.const 2))))))
    (local.set $lgi4 (f32x4.splat (f32.load (i32.add (local.get $lgF) (i32.shl (local.get $i) (i32.const 2))))))
    (local.set $lsi4 (f32x4.splat (f32.load (i32.add (local.get $lsF) (i32.shl (local.get $i) (i32.const 2))))))
    (local.set $iv (i32x4.splat (local.get $i)))

    (local.set $gBits (i32.load offset=40 (local.get $cfg)))
    (local.set $gCodes (i32.load offset=88 (local.get $cfg)))
    (local.set $p (select (local.get $gBits) (local.get $gCodes) (local.get $gBits)))
    (if (local.get $p)
      (then
        (local.set $w (i32.load offset=44 (local.get $cfg)))
        (local.set $gSkip (i32.sub (i32.const 16) (local.get $w)))
        (local.set $gStride (i32.shl (local.get $w) (i32.const 4)))
        ;; member i's words: group (i >> 2), lane (i & 3), splatted into the scratch
        (local.set $p (i32.add (i32.add (local.get $p)
          (i32.mul (i32.shr_u (local.get $i) (i32.const 2)) (local.get $gStride)))
          (i32.shl (i32.and (local.get $i) (i32.const 3)) (i32.const 2))))
        (local.set $gS (i32.add (local.get $cfg) (i32.const 256)))
        (local.set $t (i32.const 0))
        (block $filled
          (loop $filling
            (br_if $filled (i32.ge_u (local.get $t) (local.get $w)))
            (v128.store (i32.add (local.get $gS) (i32.shl (local.get $t) (i32.const 4)))
              (i32x4.splat (i32.load (i32.add (local.get $p) (i32.shl (local.get $t) (i32.const 4))))))
            (local.set $t (i32.add (local.get $t) (i32.const 1)))
            (br $filling)))
        ;; slot s of the sum reads offset 16 s from these: the used words are slots skip..15
        (local.set $gS (i32.sub (local.get $gS) (i32.shl (local.get $gSkip) (i32.const 4))))
        (local.set $gBase (i32.sub (select (local.get $gBits) (local.get $gCodes) (local.get $gBits))
          (i32.shl (local.get $gSkip) (i32.const 4))))))

    (local.set $sBits (i32.load offset=48 (local.get $cfg)))
    (local.set $sCodes (i32.load offset=92 (local.get $cfg)))
    (local.set $p (select (local.get $sBits) (local.get $sCodes) (local.get $sBits)))
    (if (local.get $p)
      (then
        (local.set $w (i32.load offset=52 (local.get $cfg)))
        (local.set $sSkip (i32.sub (i32.const 16) (local.get $w)))
        (local.set $sStride (i32.shl (local.get $w) (i32.const 4)))
        ;; member i's words: group (i >> 2), lane (i & 3), splatted into the scratch
        (local.set $p (i32.add (i32.add (local.get $p)
          (i32.mul (i32.shr_u (local.get $i) (i32.const 2)) (local.get $sStride)))
          (i32.shl (i32.and (local.get $i) (i32.const 3)) (i32.const 2))))
        (local.set $sS (i32.add (local.get $cfg) (i32.const 512)))
        (local.set $t (i32.const 0))
        (block $filled
          (loop $filling
            (br_if $filled (i32.ge_u (local.get $t) (local.get $w)))
            (v128.store (i32.add (local.get $sS) (i32.shl (local.get $t) (i32.const 4)))
              (i32x4.splat (i32.load (i32.add (local.get $p) (i32.shl (local.get $t) (i32.const 4))))))
            (local.set $t (i32.add (local.get $t) (i32.const 1)))
            (br $filling)))
        ;; slot s of the sum reads offset 16 s from these: the used words are slots skip..15
        (local.set $sS (i32.sub (local.get $sS) (i32.shl (local.get $sSkip) (i32.const 4))))
        (local.set $sBase (i32.sub (select (local.get $sBits) (local.get $sCodes) (local.get $sBits))
          (i32.shl (local.get $sSkip) (i32.const 4))))))

    ;; probe[k] = member i's expertise units in theme k
    (local.set $p (i32.load (i32.add (local.get $expOff) (i32.shl (local.get $i) (i32.const 2)))))
    (local.set $q (i32.load offset=4 (i32.add (local.get $expOff) (i32.shl (local.get $i) (i32.const 2)))))
    (block $spread
      (loop $spreading
        (br_if $spread (i32.ge_s (local.get $p) (local.get $q)))
        (local.set $w (i32.load (i32.add (local.get $expRow) (i32.shl (local.get $p) (i32.const 2)))))
        (i32.store
          (i32.add (local.get $probe) (i32.shl (i32.shr_u (local.get $w) (i32.const 10)) (i32.const 2)))
          (i32.and (local.get $w) (i32.const 1023)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $spreading)))
    (local.set $g (i32.shr_u (i32.add (local.get $i) (i32.const 1)) (i32.const 2)))
    (local.set $groups (i32.shr_u (i32.add (local.get $n) (i32.const 3)) (i32.const 2)))
    (local.set $jv (i32x4.add (i32x4.splat (i32.shl (local.get $g) (i32.const 2))) (v128.const i32x4 0 1 2 3)))
    (block $done
      (loop $pairs
        (br_if $done (i32.ge_u (local.get $g) (local.get $groups)))
        (local.set $j0 (i32.shl (local.get $g) (i32.const 2)))
          (local.set $gP (i32.add (local.get $gBase) (i32.mul (local.get $g) (local.get $gStride))))
          (if (local.get $gBits)
            (then
              (local.set $acc8 (v128.const i64x2 0 0))
              (block $g15 (block $g14 (block $g13 (block $g12 (block $g11 (block $g10 (block $g9 (block $g8 (block $g7 (block $g6 (block $g5 (block $g4 (block $g3 (block $g2 (block $g1 (block $g0
                (br_table $g0 $g1 $g2 $g3 $g4 $g5 $g6 $g7 $g8 $g9 $g10 $g11 $g12 $g13 $g14 $g15 (local.get $gSkip)))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=0 (local.get $gP)) (v128.load offset=0 (local.get $gS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=16 (local.get $gP)) (v128.load offset=16 (local.get $gS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=32 (local.get $gP)) (v128.load offset=32 (local.get $gS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=48 (local.get $gP)) (v128.load offset=48 (local.get $gS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=64 (local.get $gP)) (v128.load offset=64 (local.get $gS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=80 (local.get $gP)) (v128.load offset=80 (local.get $gS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=96 (local.get $gP)) (v128.load offset=96 (local.get $gS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=112 (local.get $gP)) (v128.load offset=112 (local.get $gS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=128 (local.get $gP)) (v128.load offset=128 (local.get $gS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=144 (local.get $gP)) (v128.load offset=144 (local.get $gS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=160 (local.get $gP)) (v128.load offset=160 (local.get $gS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=176 (local.get $gP)) (v128.load offset=176 (local.get $gS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=192 (local.get $gP)) (v128.load offset=192 (local.get $gS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=208 (local.get $gP)) (v128.load offset=208 (local.get $gS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=224 (local.get $gP)) (v128.load offset=224 (local.get $gS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=240 (local.get $gP)) (v128.load offset=240 (local.get $gS))))))
              (local.set $gSum (i32x4.extadd_pairwise_i16x8_u (i16x8.extadd_pairwise_i8x16_u (local.get $acc8)))))
            (else (if (local.get $gCodes)
            (then
              (local.set $acc8 (v128.const i64x2 0 0))
              (block $g15 (block $g14 (block $g13 (block $g12 (block $g11 (block $g10 (block $g9 (block $g8 (block $g7 (block $g6 (block $g5 (block $g4 (block $g3 (block $g2 (block $g1 (block $g0
                (br_table $g0 $g1 $g2 $g3 $g4 $g5 $g6 $g7 $g8 $g9 $g10 $g11 $g12 $g13 $g14 $g15 (local.get $gSkip)))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=0 (local.get $gP)) (v128.load offset=0 (local.get $gS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=16 (local.get $gP)) (v128.load offset=16 (local.get $gS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=32 (local.get $gP)) (v128.load offset=32 (local.get $gS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=48 (local.get $gP)) (v128.load offset=48 (local.get $gS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=64 (local.get $gP)) (v128.load offset=64 (local.get $gS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=80 (local.get $gP)) (v128.load offset=80 (local.get $gS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=96 (local.get $gP)) (v128.load offset=96 (local.get $gS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=112 (local.get $gP)) (v128.load offset=112 (local.get $gS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=128 (local.get $gP)) (v128.load offset=128 (local.get $gS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=144 (local.get $gP)) (v128.load offset=144 (local.get $gS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=160 (local.get $gP)) (v128.load offset=160 (local.get $gS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=176 (local.get $gP)) (v128.load offset=176 (local.get $gS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=192 (local.get $gP)) (v128.load offset=192 (local.get $gS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=208 (local.get $gP)) (v128.load offset=208 (local.get $gS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=224 (local.get $gP)) (v128.load offset=224 (local.get $gS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=240 (local.get $gP)) (v128.load offset=240 (local.get $gS)))))
              (local.set $gSum (i32x4.extadd_pairwise_i16x8_u (i16x8.extadd_pairwise_i8x16_u (local.get $acc8)))))
            (else
              (local.set $p (i32.add (local.get $accG) (i32.shl (local.get $j0) (i32.const 2))))
              (local.set $gSum (v128.load (local.get $p)))
              (v128.store (local.get $p) (v128.const i64x2 0 0))))))
          (local.set $sP (i32.add (local.get $sBase) (i32.mul (local.get $g) (local.get $sStride))))
          (if (local.get $sBits)
            (then
              (local.set $acc8 (v128.const i64x2 0 0))
              (block $s15 (block $s14 (block $s13 (block $s12 (block $s11 (block $s10 (block $s9 (block $s8 (block $s7 (block $s6 (block $s5 (block $s4 (block $s3 (block $s2 (block $s1 (block $s0
                (br_table $s0 $s1 $s2 $s3 $s4 $s5 $s6 $s7 $s8 $s9 $s10 $s11 $s12 $s13 $s14 $s15 (local.get $sSkip)))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=0 (local.get $sP)) (v128.load offset=0 (local.get $sS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=16 (local.get $sP)) (v128.load offset=16 (local.get $sS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=32 (local.get $sP)) (v128.load offset=32 (local.get $sS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=48 (local.get $sP)) (v128.load offset=48 (local.get $sS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=64 (local.get $sP)) (v128.load offset=64 (local.get $sS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=80 (local.get $sP)) (v128.load offset=80 (local.get $sS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=96 (local.get $sP)) (v128.load offset=96 (local.get $sS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=112 (local.get $sP)) (v128.load offset=112 (local.get $sS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=128 (local.get $sP)) (v128.load offset=128 (local.get $sS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=144 (local.get $sP)) (v128.load offset=144 (local.get $sS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=160 (local.get $sP)) (v128.load offset=160 (local.get $sS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=176 (local.get $sP)) (v128.load offset=176 (local.get $sS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=192 (local.get $sP)) (v128.load offset=192 (local.get $sS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=208 (local.get $sP)) (v128.load offset=208 (local.get $sS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=224 (local.get $sP)) (v128.load offset=224 (local.get $sS)))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=240 (local.get $sP)) (v128.load offset=240 (local.get $sS))))))
              (local.set $sSum (i32x4.extadd_pairwise_i16x8_u (i16x8.extadd_pairwise_i8x16_u (local.get $acc8)))))
            (else (if (local.get $sCodes)
            (then
              (local.set $acc8 (v128.const i64x2 0 0))
              (block $s15 (block $s14 (block $s13 (block $s12 (block $s11 (block $s10 (block $s9 (block $s8 (block $s7 (block $s6 (block $s5 (block $s4 (block $s3 (block $s2 (block $s1 (block $s0
                (br_table $s0 $s1 $s2 $s3 $s4 $s5 $s6 $s7 $s8 $s9 $s10 $s11 $s12 $s13 $s14 $s15 (local.get $sSkip)))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=0 (local.get $sP)) (v128.load offset=0 (local.get $sS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=16 (local.get $sP)) (v128.load offset=16 (local.get $sS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=32 (local.get $sP)) (v128.load offset=32 (local.get $sS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=48 (local.get $sP)) (v128.load offset=48 (local.get $sS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=64 (local.get $sP)) (v128.load offset=64 (local.get $sS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=80 (local.get $sP)) (v128.load offset=80 (local.get $sS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=96 (local.get $sP)) (v128.load offset=96 (local.get $sS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=112 (local.get $sP)) (v128.load offset=112 (local.get $sS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=128 (local.get $sP)) (v128.load offset=128 (local.get $sS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=144 (local.get $sP)) (v128.load offset=144 (local.get $sS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=160 (local.get $sP)) (v128.load offset=160 (local.get $sS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=176 (local.get $sP)) (v128.load offset=176 (local.get $sS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=192 (local.get $sP)) (v128.load offset=192 (local.get $sS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=208 (local.get $sP)) (v128.load offset=208 (local.get $sS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=224 (local.get $sP)) (v128.load offset=224 (local.get $sS))))))
              (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=240 (local.get $sP)) (v128.load offset=240 (local.get $sS)))))
              (local.set $sSum (i32x4.extadd_pairwise_i16x8_u (i16x8.extadd_pairwise_i8x16_u (local.get $acc8)))))
            (else
              (local.set $p (i32.add (local.get $accS) (i32.shl (local.get $j0) (i32.const 2))))
              (local.set $sSum (v128.load (local.get $p)))
              (v128.store (local.get $p) (v128.const i64x2 0 0))))))
          ;; t = min(th[i], th[j]); unit sums and row sums are whole numbers below 2^23, exact in f32
          (local.set $t4 (f32x4.min (local.get $ti4) (v128.load (i32.add (local.get $th) (i32.shl (local.get $j0) (i32.const 2))))))
          (local.set $fg (f32x4.convert_i32x4_s (local.get $gSum)))
          (local.set $fs (f32x4.convert_i32x4_s (local.get $sSum)))
          (local.set $sg (f32x4.sub (f32x4.add (local.get $lgi4)
            (v128.load (i32.add (local.get $lgF) (i32.shl (local.get $j0) (i32.const 2))))) (local.get $fg)))
          (local.set $ss (f32x4.sub (f32x4.add (local.get $lsi4)
            (v128.load (i32.add (local.get $lsF) (i32.shl (local.get $j0) (i32.const 2))))) (local.get $fs)))
          ;; keep lanes j > i that share a country or sector unless their context is certainly
          ;; below t: (wg fg ss + ws fs sg)(1 + 1e-5) < t sg ss, division-free. f32 rounding errs by
          ;; under 1e-6 relative, so no lane that may reach t is dropped; with t <= 0, or an empty
          ;; union in a dimension (sg or ss = 0), the right side is <= 0 and the lane is kept.
          (local.set $keep (v128.andnot
            (v128.andnot (i32x4.gt_s (local.get $jv) (local.get $iv))
              (i32x4.eq (v128.or (local.get $gSum) (local.get $sSum)) (v128.const i64x2 0 0)))
            (f32x4.lt
              (f32x4.mul
                (f32x4.add (f32x4.mul (local.get $wg4) (f32x4.mul (local.get $fg) (local.get $ss)))
                           (f32x4.mul (local.get $ws4) (f32x4.mul (local.get $fs) (local.get $sg))))
                (local.get $margin4))
              (f32x4.mul (f32x4.mul (local.get $t4) (local.get $sg)) (local.get $ss)))))
          (if (v128.any_true (local.get $keep))
            (then
              (if (i32x4.extract_lane 0 (local.get $keep))
                (then (call $tail (local.get $cfg) (local.get $i) (i32.add (local.get $j0) (i32.const 0))
                  (i32x4.extract_lane 0 (local.get $gSum)) (i32x4.extract_lane 0 (local.get $sSum)))))
              (if (i32x4.extract_lane 1 (local.get $keep))
                (then (call $tail (local.get $cfg) (local.get $i) (i32.add (local.get $j0) (i32.const 1))
                  (i32x4.extract_lane 1 (local.get $gSum)) (i32x4.extract_lane 1 (local.get $sSum)))))
              (if (i32x4.extract_lane 2 (local.get $keep))
                (then (call $tail (local.get $cfg) (local.get $i) (i32.add (local.get $j0) (i32.const 2))
                  (i32x4.extract_lane 2 (local.get $gSum)) (i32x4.extract_lane 2 (local.get $sSum)))))
              (if (i32x4.extract_lane 3 (local.get $keep))
                (then (call $tail (local.get $cfg) (local.get $i) (i32.add (local.get $j0) (i32.const 3))
                  (i32x4.extract_lane 3 (local.get $gSum)) (i32x4.extract_lane 3 (local.get $sSum)))))))
        (local.set $jv (i32x4.add (local.get $jv) (v128.const i32x4 4 4 4 4)))
        (local.set $g (i32.add (local.get $g) (i32.const 1)))
        (br $pairs)))
    ;; clear the probe
    (local.set $p (i32.load (i32.add (local.get $expOff) (i32.shl (local.get $i) (i32.const 2)))))
    (local.set $q (i32.load offset=4 (i32.add (local.get $expOff) (i32.shl (local.get $i) (i32.const 2)))))
    (block $cleared
      (loop $clearing
        (br_if $cleared (i32.ge_s (local.get $p) (local.get $q)))
        (i32.store
          (i32.add (local.get $probe) (i32.shl (i32.shr_u (i32.load (i32.add (local.get $expRow) (i32.shl (local.get $p) (i32.const 2)))) (i32.const 10)) (i32.const 2)))
          (i32.const 0))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $clearing)))
    (global.get $count))

  ;; Member i's exact context with every member j (j = i included) into out[j] (f64), from the
  ;; same sums as `row` (scatter-mode dimensions must have been scattered with $full; their
  ;; accumulators are zeroed here). Used for pilot rows and for recomputing a member's heap.
  (func (export "contextRow") (param $cfg i32) (param $i i32) (param $out i32)
    (local $n i32) (local $g i32) (local $groups i32) (local $j0 i32) (local $p i32) (local $t i32) (local $w i32)
    (local $accG i32) (local $accS i32) (local $lane i32) (local $j i32)
    (local $gBits i32) (local $gCodes i32) (local $gSkip i32) (local $gStride i32) (local $gBase i32) (local $gS i32)
    (local $sBits i32) (local $sCodes i32) (local $sSkip i32) (local $sStride i32) (local $sBase i32) (local $sS i32)
    (local $gSum v128) (local $sSum v128)
    (local.set $n (i32.load offset=0 (local.get $cfg)))
    (local.set $accG (i32.load offset=4 (local.get $cfg)))
    (local.set $accS (i32.load offset=8 (local.get $cfg)))

    (local.set $gBits (i32.load offset=40 (local.get $cfg)))
    (local.set $gCodes (i32.load offset=88 (local.get $cfg)))
    (local.set $p (select (local.get $gBits) (local.get $gCodes) (local.get $gBits)))
    (if (local.get $p)
      (then
        (local.set $w (i32.load offset=44 (local.get $cfg)))
        (local.set $gSkip (i32.sub (i32.const 16) (local.get $w)))
        (local.set $gStride (i32.shl (local.get $w) (i32.const 4)))
        ;; member i's words: group (i >> 2), lane (i & 3), splatted into the scratch
        (local.set $p (i32.add (i32.add (local.get $p)
          (i32.mul (i32.shr_u (local.get $i) (i32.const 2)) (local.get $gStride)))
          (i32.shl (i32.and (local.get $i) (i32.const 3)) (i32.const 2))))
        (local.set $gS (i32.add (local.get $cfg) (i32.const 256)))
        (local.set $t (i32.const 0))
        (block $filled
          (loop $filling
            (br_if $filled (i32.ge_u (local.get $t) (local.get $w)))
            (v128.store (i32.add (local.get $gS) (i32.shl (local.get $t) (i32.const 4)))
              (i32x4.splat (i32.load (i32.add (local.get $p) (i32.shl (local.get $t) (i32.const 4))))))
            (local.set $t (i32.add (local.get $t) (i32.const 1)))
            (br $filling)))
        ;; slot s of the sum reads offset 16 s from these: the used words are slots skip..15
        (local.set $gS (i32.sub (local.get $gS) (i32.shl (local.get $gSkip) (i32.const 4))))
        (local.set $gBase (i32.sub (select (local.get $gBits) (local.get $gCodes) (local.get $gBits))
          (i32.shl (local.get $gSkip) (i32.const 4))))))

    (local.set $sBits (i32.load offset=48 (local.get $cfg)))
    (local.set $sCodes (i32.load offset=92 (local.get $cfg)))
    (local.set $p (select (local.get $sBits) (local.get $sCodes) (local.get $sBits)))
    (if (local.get $p)
      (then
        (local.set $w (i32.load offset=52 (local.get $cfg)))
        (local.set $sSkip (i32.sub (i32.const 16) (local.get $w)))
        (local.set $sStride (i32.shl (local.get $w) (i32.const 4)))
        ;; member i's words: group (i >> 2), lane (i & 3), splatted into the scratch
        (local.set $p (i32.add (i32.add (local.get $p)
          (i32.mul (i32.shr_u (local.get $i) (i32.const 2)) (local.get $sStride)))
          (i32.shl (i32.and (local.get $i) (i32.const 3)) (i32.const 2))))
        (local.set $sS (i32.add (local.get $cfg) (i32.const 512)))
        (local.set $t (i32.const 0))
        (block $filled
          (loop $filling
            (br_if $filled (i32.ge_u (local.get $t) (local.get $w)))
            (v128.store (i32.add (local.get $sS) (i32.shl (local.get $t) (i32.const 4)))
              (i32x4.splat (i32.load (i32.add (local.get $p) (i32.shl (local.get $t) (i32.const 4))))))
            (local.set $t (i32.add (local.get $t) (i32.const 1)))
            (br $filling)))
        ;; slot s of the sum reads offset 16 s from these: the used words are slots skip..15
        (local.set $sS (i32.sub (local.get $sS) (i32.shl (local.get $sSkip) (i32.const 4))))
        (local.set $sBase (i32.sub (select (local.get $sBits) (local.get $sCodes) (local.get $sBits))
          (i32.shl (local.get $sSkip) (i32.const 4))))))
    (local.set $groups (i32.shr_u (i32.add (local.get $n) (i32.const 3)) (i32.const 2)))
    (block $done
      (loop $pairs
        (br_if $done (i32.ge_u (local.get $g) (local.get $groups)))
        (local.set $j0 (i32.shl (local.get $g) (i32.const 2)))
          (if (i32.or (local.get $gBits) (local.get $gCodes))
            (then
              (local.set $gSum (call $slots (local.get $gBits)
                (i32.add (local.get $gBase) (i32.mul (local.get $g) (local.get $gStride))) (local.get $gS) (local.get $gSkip))))
            (else
              (local.set $p (i32.add (local.get $accG) (i32.shl (local.get $j0) (i32.const 2))))
              (local.set $gSum (v128.load (local.get $p)))
              (v128.store (local.get $p) (v128.const i64x2 0 0))))
          (if (i32.or (local.get $sBits) (local.get $sCodes))
            (then
              (local.set $sSum (call $slots (local.get $sBits)
                (i32.add (local.get $sBase) (i32.mul (local.get $g) (local.get $sStride))) (local.get $sS) (local.get $sSkip))))
            (else
              (local.set $p (i32.add (local.get $accS) (i32.shl (local.get $j0) (i32.const 2))))
              (local.set $sSum (v128.load (local.get $p)))
              (v128.store (local.get $p) (v128.const i64x2 0 0))))
        ;; the four lanes, spilled to the scratch at 128 and 144 (j < n only)
        (v128.store offset=128 (local.get $cfg) (local.get $gSum))
        (v128.store offset=144 (local.get $cfg) (local.get $sSum))
        (local.set $lane (i32.const 0))
        (block $lanesDone
          (loop $lanes
            (local.set $j (i32.add (local.get $j0) (local.get $lane)))
            (br_if $lanesDone (i32.or (i32.ge_u (local.get $lane) (i32.const 4)) (i32.ge_u (local.get $j) (local.get $n))))
            (f64.store (i32.add (local.get $out) (i32.shl (local.get $j) (i32.const 3)))
              (call $ctxOf (local.get $cfg) (local.get $i) (local.get $j)
                (i32.load offset=128 (i32.add (local.get $cfg) (i32.shl (local.get $lane) (i32.const 2))))
                (i32.load offset=144 (i32.add (local.get $cfg) (i32.shl (local.get $lane) (i32.const 2))))))
            (local.set $lane (i32.add (local.get $lane) (i32.const 1)))
            (br $lanes)))
        (local.set $g (i32.add (local.get $g) (i32.const 1)))
        (br $pairs))))

  ;; The W used slots of 16 of a group's byte sums (see `row`), for contextRow: popcounts of
  ;; ANDed bit-set words ($bits) or mins of byte codes, widened to four i32 sums.
  (func $slots (param $bits i32) (param $gP i32) (param $gS i32) (param $gSkip i32) (result v128)
    (local $acc8 v128)
    (if (local.get $bits)
      (then
                (local.set $acc8 (v128.const i64x2 0 0))
                (block $g15 (block $g14 (block $g13 (block $g12 (block $g11 (block $g10 (block $g9 (block $g8 (block $g7 (block $g6 (block $g5 (block $g4 (block $g3 (block $g2 (block $g1 (block $g0
                  (br_table $g0 $g1 $g2 $g3 $g4 $g5 $g6 $g7 $g8 $g9 $g10 $g11 $g12 $g13 $g14 $g15 (local.get $gSkip)))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=0 (local.get $gP)) (v128.load offset=0 (local.get $gS)))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=16 (local.get $gP)) (v128.load offset=16 (local.get $gS)))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=32 (local.get $gP)) (v128.load offset=32 (local.get $gS)))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=48 (local.get $gP)) (v128.load offset=48 (local.get $gS)))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=64 (local.get $gP)) (v128.load offset=64 (local.get $gS)))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=80 (local.get $gP)) (v128.load offset=80 (local.get $gS)))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=96 (local.get $gP)) (v128.load offset=96 (local.get $gS)))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=112 (local.get $gP)) (v128.load offset=112 (local.get $gS)))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=128 (local.get $gP)) (v128.load offset=128 (local.get $gS)))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=144 (local.get $gP)) (v128.load offset=144 (local.get $gS)))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=160 (local.get $gP)) (v128.load offset=160 (local.get $gS)))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=176 (local.get $gP)) (v128.load offset=176 (local.get $gS)))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=192 (local.get $gP)) (v128.load offset=192 (local.get $gS)))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=208 (local.get $gP)) (v128.load offset=208 (local.get $gS)))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=224 (local.get $gP)) (v128.load offset=224 (local.get $gS)))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.popcnt (v128.and (v128.load offset=240 (local.get $gP)) (v128.load offset=240 (local.get $gS))))))
      )
      (else
                (local.set $acc8 (v128.const i64x2 0 0))
                (block $g15 (block $g14 (block $g13 (block $g12 (block $g11 (block $g10 (block $g9 (block $g8 (block $g7 (block $g6 (block $g5 (block $g4 (block $g3 (block $g2 (block $g1 (block $g0
                  (br_table $g0 $g1 $g2 $g3 $g4 $g5 $g6 $g7 $g8 $g9 $g10 $g11 $g12 $g13 $g14 $g15 (local.get $gSkip)))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=0 (local.get $gP)) (v128.load offset=0 (local.get $gS))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=16 (local.get $gP)) (v128.load offset=16 (local.get $gS))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=32 (local.get $gP)) (v128.load offset=32 (local.get $gS))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=48 (local.get $gP)) (v128.load offset=48 (local.get $gS))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=64 (local.get $gP)) (v128.load offset=64 (local.get $gS))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=80 (local.get $gP)) (v128.load offset=80 (local.get $gS))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=96 (local.get $gP)) (v128.load offset=96 (local.get $gS))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=112 (local.get $gP)) (v128.load offset=112 (local.get $gS))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=128 (local.get $gP)) (v128.load offset=128 (local.get $gS))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=144 (local.get $gP)) (v128.load offset=144 (local.get $gS))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=160 (local.get $gP)) (v128.load offset=160 (local.get $gS))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=176 (local.get $gP)) (v128.load offset=176 (local.get $gS))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=192 (local.get $gP)) (v128.load offset=192 (local.get $gS))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=208 (local.get $gP)) (v128.load offset=208 (local.get $gS))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=224 (local.get $gP)) (v128.load offset=224 (local.get $gS))))))
                (local.set $acc8 (i8x16.add (local.get $acc8) (i8x16.min_u (v128.load offset=240 (local.get $gP)) (v128.load offset=240 (local.get $gS)))))
      ))
    (i32x4.extadd_pairwise_i16x8_u (i16x8.extadd_pairwise_i8x16_u (local.get $acc8))))

  ;; Weighted Jaccard overlap from whole-number sums, as overlapOf in formulas.ts.
  (func $overlap (param $m f64) (param $a f64) (param $b f64) (result f64)
    (local $s f64)
    (local.set $s (f64.sub (f64.add (local.get $a) (local.get $b)) (local.get $m)))
    (select (f64.div (local.get $m) (local.get $s)) (f64.const 0) (f64.gt (local.get $s) (f64.const 0))))

  ;; Row i of the context (kind 0), synergy (1) or duplication (2) matrix for j in (i, n), into
  ;; out[j] (f64), from the scatter accumulators of the three dimensions (zeroed after reading):
  ;; the operations of evaluateRow in combined.ts in the same order, so the same bits.
  ;; rcfg: 0 n, 4 accG, 8 accS, 12 accE, 16 lg, 20 ls, 24 le (i32 row sums), 32 wg, 40 ws (f64).
  (func (export "combinedRow") (param $cfg i32) (param $i i32) (param $kind i32) (param $out i32)
    (local $n i32) (local $j i32) (local $accG i32) (local $accS i32) (local $accE i32)
    (local $lg i32) (local $ls i32) (local $le i32) (local $pg i32) (local $ps i32) (local $pe i32)
    (local $mg i32) (local $ms i32) (local $me i32)
    (local $wg f64) (local $ws f64) (local $lgi f64) (local $lsi f64) (local $lei f64) (local $ctx f64) (local $eo f64)
    (local.set $n (i32.load offset=0 (local.get $cfg)))
    (local.set $accG (i32.load offset=4 (local.get $cfg)))
    (local.set $accS (i32.load offset=8 (local.get $cfg)))
    (local.set $accE (i32.load offset=12 (local.get $cfg)))
    (local.set $lg (i32.load offset=16 (local.get $cfg)))
    (local.set $ls (i32.load offset=20 (local.get $cfg)))
    (local.set $le (i32.load offset=24 (local.get $cfg)))
    (local.set $wg (f64.load offset=32 (local.get $cfg)))
    (local.set $ws (f64.load offset=40 (local.get $cfg)))
    (local.set $lgi (f64.convert_i32_s (i32.load (i32.add (local.get $lg) (i32.shl (local.get $i) (i32.const 2))))))
    (local.set $lsi (f64.convert_i32_s (i32.load (i32.add (local.get $ls) (i32.shl (local.get $i) (i32.const 2))))))
    (local.set $lei (f64.convert_i32_s (i32.load (i32.add (local.get $le) (i32.shl (local.get $i) (i32.const 2))))))
    (local.set $j (i32.add (local.get $i) (i32.const 1)))
    (block $done
      (loop $pairs
        (br_if $done (i32.ge_s (local.get $j) (local.get $n)))
        (local.set $pg (i32.add (local.get $accG) (i32.shl (local.get $j) (i32.const 2))))
        (local.set $ps (i32.add (local.get $accS) (i32.shl (local.get $j) (i32.const 2))))
        (local.set $pe (i32.add (local.get $accE) (i32.shl (local.get $j) (i32.const 2))))
        (local.set $mg (i32.load (local.get $pg)))
        (local.set $ms (i32.load (local.get $ps)))
        (local.set $me (i32.load (local.get $pe)))
        (i32.store (local.get $pg) (i32.const 0))
        (i32.store (local.get $ps) (i32.const 0))
        (i32.store (local.get $pe) (i32.const 0))
        (if (i32.eqz (i32.or (local.get $mg) (local.get $ms)))
          (then (f64.store (i32.add (local.get $out) (i32.shl (local.get $j) (i32.const 3))) (f64.const 0)))
          (else
            (local.set $ctx (f64.add
              (f64.mul (local.get $wg) (call $overlap (f64.convert_i32_s (local.get $mg)) (local.get $lgi)
                (f64.convert_i32_s (i32.load (i32.add (local.get $lg) (i32.shl (local.get $j) (i32.const 2)))))))
              (f64.mul (local.get $ws) (call $overlap (f64.convert_i32_s (local.get $ms)) (local.get $lsi)
                (f64.convert_i32_s (i32.load (i32.add (local.get $ls) (i32.shl (local.get $j) (i32.const 2)))))))))
            (if (i32.eqz (local.get $kind))
              (then (f64.store (i32.add (local.get $out) (i32.shl (local.get $j) (i32.const 3))) (local.get $ctx)))
              (else
                (local.set $eo (call $overlap (f64.convert_i32_s (local.get $me)) (local.get $lei)
                  (f64.convert_i32_s (i32.load (i32.add (local.get $le) (i32.shl (local.get $j) (i32.const 2)))))))
                (f64.store (i32.add (local.get $out) (i32.shl (local.get $j) (i32.const 3)))
                  (select
                    (f64.mul (local.get $ctx) (f64.sub (f64.const 1) (local.get $eo)))
                    (f64.mul (local.get $ctx) (local.get $eo))
                    (i32.eq (local.get $kind) (i32.const 1))))))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $pairs))))
)
