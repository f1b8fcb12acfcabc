;; The pair kernel of top-k (see contextScanner.ts). Hand-written WebAssembly text, assembled by
;; scripts/build-wasm.mjs into kernelBytes.ts. All sums are whole numbers of weight units (i32);
;; addresses are byte offsets into the module's own memory.
(module
  (memory (export "memory") 1)

  ;; acc[j] += min(u, v) for every posting (j, v) after member i in each of member i's categories.
  ;; Row entry p of member i: category cat[p], unit unit[p], own posting position self[p].
  ;; Postings are (member, unit) pairs of i32; postOff[k] is category k's first posting.
  (func (export "scatter")
    (param $i i32) (param $off i32) (param $cat i32) (param $self i32) (param $unit i32)
    (param $postOff i32) (param $post i32) (param $acc i32)
    (local $p i32) (local $pe i32) (local $q i32) (local $qe i32) (local $u i32) (local $v i32) (local $a i32)
    (local.set $p (i32.shl (i32.load (i32.add (local.get $off) (i32.shl (local.get $i) (i32.const 2)))) (i32.const 2)))
    (local.set $pe (i32.shl (i32.load offset=4 (i32.add (local.get $off) (i32.shl (local.get $i) (i32.const 2)))) (i32.const 2)))
    (block $done
      (loop $rows
        (br_if $done (i32.ge_u (local.get $p) (local.get $pe)))
        (local.set $q (i32.add (local.get $post)
          (i32.shl (i32.load (i32.add (local.get $self) (local.get $p))) (i32.const 3))))
        (local.set $q (i32.add (local.get $q) (i32.const 8)))
        (local.set $qe (i32.add (local.get $post)
          (i32.shl
            (i32.load offset=4 (i32.add (local.get $postOff)
              (i32.shl (i32.load (i32.add (local.get $cat) (local.get $p))) (i32.const 2))))
            (i32.const 3))))
        (local.set $u (i32.load (i32.add (local.get $unit) (local.get $p))))
        (block $pdone
          (loop $posts
            (br_if $pdone (i32.ge_u (local.get $q) (local.get $qe)))
            (local.set $v (i32.load offset=4 (local.get $q)))
            (local.set $a (i32.add (local.get $acc) (i32.shl (i32.load (local.get $q)) (i32.const 2))))
            (i32.store (local.get $a)
              (i32.add (i32.load (local.get $a))
                (select (local.get $u) (local.get $v) (i32.lt_s (local.get $u) (local.get $v)))))
            (local.set $q (i32.add (local.get $q) (i32.const 8)))
            (br $posts)))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (br $rows))))

  ;; Member i's row of top-k: for every j in (i, n) the geography and sector unit sums (from the
  ;; bit sets when that dimension has them, else from its accumulator, which scatter filled and
  ;; this zeroes), the context, and for pairs whose context reaches t = min(th[i], th[j]) the
  ;; expertise overlap (member i's units spread over `probe`, j's row walked) and the synergy.
  ;; Pairs with synergy > 0 and >= t go to outJ / outCtx / outEo; returns their number.
  ;; Every value uses the operations of formulas.ts in the same order, so it has the same bits.
    ;; cfg: 0 n, 4 accG, 8 accS, 12 lg, 16 ls, 20 le (i32 row sums), 24 th (f64), 28 outJ, 32 outCtx,
  ;; 36 outEo, 40 geoBits (0: use accG), 44 geoSteps, 48 secBits (0: use accS), 52 secSteps,
  ;; 56 expOff, 60 expCat, 64 expUnit, 68 probe, 72 wg (f64), 80 ws (f64), 88 geoSkip, 92 secSkip,
  ;; 96 geoStride, 100 secStride (bytes of bit sets per member).
  ;; A dimension with bit sets has `stride` = levels x ceil(categories / 64) <= 8 words per member,
  ;; back to back; the sum addresses them as the last `stride` of 8 slots (skip = 8 - stride slots
  ;; before the member's first word, never used), jumps there with br_table on skip and adds
  ;; popcount(word_i AND word_j) * step for each word from there on.
  (func (export "row") (param $cfg i32) (param $i i32) (result i32)
    (local $n i32) (local $j i32) (local $count i32) (local $p i32) (local $q i32) (local $pj i32)
    (local $mg i32) (local $ms i32) (local $me i32) (local $u i32) (local $v i32)
    (local $geoBits i32) (local $secBits i32) (local $accG i32) (local $accS i32)
    (local $lg i32) (local $ls i32) (local $le i32) (local $th i32) (local $probe i32)
    (local $expOff i32) (local $expCat i32) (local $expUnit i32)
    (local $wg f64) (local $ws f64) (local $lgi f64) (local $lsi f64) (local $lei f64) (local $ti f64)
    (local $t f64) (local $fg f64) (local $fs f64) (local $sg f64) (local $ss f64) (local $ctx f64)
    (local $acc64 i64) (local $gskip i32) (local $sskip i32) (local $gstride i32) (local $sstride i32) (local $gskipBytes i32) (local $sskipBytes i32) (local $fe f64) (local $se f64) (local $eo f64) (local $syn f64)
    (local $g0 i64) (local $g1 i64) (local $g2 i64) (local $g3 i64) (local $g4 i64) (local $g5 i64) (local $g6 i64) (local $g7 i64)
    (local $gd0 i64) (local $gd1 i64) (local $gd2 i64) (local $gd3 i64) (local $gd4 i64) (local $gd5 i64) (local $gd6 i64) (local $gd7 i64)
    (local $s0 i64) (local $s1 i64) (local $s2 i64) (local $s3 i64) (local $s4 i64) (local $s5 i64) (local $s6 i64) (local $s7 i64)
    (local $sd0 i64) (local $sd1 i64) (local $sd2 i64) (local $sd3 i64) (local $sd4 i64) (local $sd5 i64) (local $sd6 i64) (local $sd7 i64)
    (local.set $n (i32.load offset=0 (local.get $cfg)))
    (local.set $accG (i32.load offset=4 (local.get $cfg)))
    (local.set $accS (i32.load offset=8 (local.get $cfg)))
    (local.set $lg (i32.load offset=12 (local.get $cfg)))
    (local.set $ls (i32.load offset=16 (local.get $cfg)))
    (local.set $le (i32.load offset=20 (local.get $cfg)))
    (local.set $th (i32.load offset=24 (local.get $cfg)))
    (local.set $geoBits (i32.load offset=40 (local.get $cfg)))
    (local.set $secBits (i32.load offset=48 (local.get $cfg)))
    (local.set $expOff (i32.load offset=56 (local.get $cfg)))
    (local.set $expCat (i32.load offset=60 (local.get $cfg)))
    (local.set $expUnit (i32.load offset=64 (local.get $cfg)))
    (local.set $probe (i32.load offset=68 (local.get $cfg)))
    (local.set $wg (f64.load offset=72 (local.get $cfg)))
    (local.set $ws (f64.load offset=80 (local.get $cfg)))
    (local.set $lgi (f64.convert_i32_s (i32.load (i32.add (local.get $lg) (i32.shl (local.get $i) (i32.const 2))))))
    (local.set $lsi (f64.convert_i32_s (i32.load (i32.add (local.get $ls) (i32.shl (local.get $i) (i32.const 2))))))
    (local.set $lei (f64.convert_i32_s (i32.load (i32.add (local.get $le) (i32.shl (local.get $i) (i32.const 2))))))
    (local.set $ti (f64.load (i32.add (local.get $th) (i32.shl (local.get $i) (i32.const 3)))))
    (local.set $gskip (i32.load offset=88 (local.get $cfg)))
    (local.set $sskip (i32.load offset=92 (local.get $cfg)))
    (local.set $gstride (i32.load offset=96 (local.get $cfg)))
    (local.set $sstride (i32.load offset=100 (local.get $cfg)))
    (local.set $gskipBytes (i32.shl (local.get $gskip) (i32.const 3)))
    (local.set $sskipBytes (i32.shl (local.get $sskip) (i32.const 3)))
    (if (local.get $geoBits)
      (then
        (local.set $p (i32.sub (i32.add (i32.load offset=40 (local.get $cfg)) (i32.mul (local.get $i) (local.get $gstride))) (i32.shl (local.get $gskip) (i32.const 3))))
        (local.set $q (i32.load offset=44 (local.get $cfg)))
        (local.set $g0 (i64.load offset=0 (local.get $p)))
        (local.set $gd0 (i64.load offset=0 (local.get $q)))
        (local.set $g1 (i64.load offset=8 (local.get $p)))
        (local.set $gd1 (i64.load offset=8 (local.get $q)))
        (local.set $g2 (i64.load offset=16 (local.get $p)))
        (local.set $gd2 (i64.load offset=16 (local.get $q)))
        (local.set $g3 (i64.load offset=24 (local.get $p)))
        (local.set $gd3 (i64.load offset=24 (local.get $q)))
        (local.set $g4 (i64.load offset=32 (local.get $p)))
        (local.set $gd4 (i64.load offset=32 (local.get $q)))
        (local.set $g5 (i64.load offset=40 (local.get $p)))
        (local.set $gd5 (i64.load offset=40 (local.get $q)))
        (local.set $g6 (i64.load offset=48 (local.get $p)))
        (local.set $gd6 (i64.load offset=48 (local.get $q)))
        (local.set $g7 (i64.load offset=56 (local.get $p)))
        (local.set $gd7 (i64.load offset=56 (local.get $q)))))
    (if (local.get $secBits)
      (then
        (local.set $p (i32.sub (i32.add (i32.load offset=48 (local.get $cfg)) (i32.mul (local.get $i) (local.get $sstride))) (i32.shl (local.get $sskip) (i32.const 3))))
        (local.set $q (i32.load offset=52 (local.get $cfg)))
        (local.set $s0 (i64.load offset=0 (local.get $p)))
        (local.set $sd0 (i64.load offset=0 (local.get $q)))
        (local.set $s1 (i64.load offset=8 (local.get $p)))
        (local.set $sd1 (i64.load offset=8 (local.get $q)))
        (local.set $s2 (i64.load offset=16 (local.get $p)))
        (local.set $sd2 (i64.load offset=16 (local.get $q)))
        (local.set $s3 (i64.load offset=24 (local.get $p)))
        (local.set $sd3 (i64.load offset=24 (local.get $q)))
        (local.set $s4 (i64.load offset=32 (local.get $p)))
        (local.set $sd4 (i64.load offset=32 (local.get $q)))
        (local.set $s5 (i64.load offset=40 (local.get $p)))
        (local.set $sd5 (i64.load offset=40 (local.get $q)))
        (local.set $s6 (i64.load offset=48 (local.get $p)))
        (local.set $sd6 (i64.load offset=48 (local.get $q)))
        (local.set $s7 (i64.load offset=56 (local.get $p)))
        (local.set $sd7 (i64.load offset=56 (local.get $q)))))
    ;; probe[k] = member i's expertise units in theme k
    (local.set $p (i32.load (i32.add (local.get $expOff) (i32.shl (local.get $i) (i32.const 2)))))
    (local.set $q (i32.load offset=4 (i32.add (local.get $expOff) (i32.shl (local.get $i) (i32.const 2)))))
    (block $spread
      (loop $spreading
        (br_if $spread (i32.ge_s (local.get $p) (local.get $q)))
        (i32.store
          (i32.add (local.get $probe) (i32.shl (i32.load (i32.add (local.get $expCat) (i32.shl (local.get $p) (i32.const 2)))) (i32.const 2)))
          (i32.load (i32.add (local.get $expUnit) (i32.shl (local.get $p) (i32.const 2)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $spreading)))
    (local.set $j (i32.add (local.get $i) (i32.const 1)))
    (block $done
      (loop $pairs
        (br_if $done (i32.ge_u (local.get $j) (local.get $n)))
        (block $next
          (if (local.get $geoBits)
            (then
              (local.set $pj (i32.sub (i32.add (local.get $geoBits) (i32.mul (local.get $j) (local.get $gstride))) (local.get $gskipBytes)))
              (local.set $acc64 (i64.const 0))
              (block $gb7 (block $gb6 (block $gb5 (block $gb4 (block $gb3 (block $gb2 (block $gb1 (block $gb0 
                (br_table $gb0 $gb1 $gb2 $gb3 $gb4 $gb5 $gb6 $gb7 (local.get $gskip)))
              (local.set $acc64 (i64.add (local.get $acc64) (i64.mul (i64.popcnt (i64.and (local.get $g0) (i64.load offset=0 (local.get $pj)))) (local.get $gd0)))))
              (local.set $acc64 (i64.add (local.get $acc64) (i64.mul (i64.popcnt (i64.and (local.get $g1) (i64.load offset=8 (local.get $pj)))) (local.get $gd1)))))
              (local.set $acc64 (i64.add (local.get $acc64) (i64.mul (i64.popcnt (i64.and (local.get $g2) (i64.load offset=16 (local.get $pj)))) (local.get $gd2)))))
              (local.set $acc64 (i64.add (local.get $acc64) (i64.mul (i64.popcnt (i64.and (local.get $g3) (i64.load offset=24 (local.get $pj)))) (local.get $gd3)))))
              (local.set $acc64 (i64.add (local.get $acc64) (i64.mul (i64.popcnt (i64.and (local.get $g4) (i64.load offset=32 (local.get $pj)))) (local.get $gd4)))))
              (local.set $acc64 (i64.add (local.get $acc64) (i64.mul (i64.popcnt (i64.and (local.get $g5) (i64.load offset=40 (local.get $pj)))) (local.get $gd5)))))
              (local.set $acc64 (i64.add (local.get $acc64) (i64.mul (i64.popcnt (i64.and (local.get $g6) (i64.load offset=48 (local.get $pj)))) (local.get $gd6)))))
              (local.set $acc64 (i64.add (local.get $acc64) (i64.mul (i64.popcnt (i64.and (local.get $g7) (i64.load offset=56 (local.get $pj)))) (local.get $gd7))))
              (local.set $mg (i32.wrap_i64 (local.get $acc64))))
            (else
              (local.set $p (i32.add (local.get $accG) (i32.shl (local.get $j) (i32.const 2))))
              (local.set $mg (i32.load (local.get $p)))
              (i32.store (local.get $p) (i32.const 0))))
          (if (local.get $secBits)
            (then
              (local.set $pj (i32.sub (i32.add (local.get $secBits) (i32.mul (local.get $j) (local.get $sstride))) (local.get $sskipBytes)))
              (local.set $acc64 (i64.const 0))
              (block $sb7 (block $sb6 (block $sb5 (block $sb4 (block $sb3 (block $sb2 (block $sb1 (block $sb0 
                (br_table $sb0 $sb1 $sb2 $sb3 $sb4 $sb5 $sb6 $sb7 (local.get $sskip)))
              (local.set $acc64 (i64.add (local.get $acc64) (i64.mul (i64.popcnt (i64.and (local.get $s0) (i64.load offset=0 (local.get $pj)))) (local.get $sd0)))))
              (local.set $acc64 (i64.add (local.get $acc64) (i64.mul (i64.popcnt (i64.and (local.get $s1) (i64.load offset=8 (local.get $pj)))) (local.get $sd1)))))
              (local.set $acc64 (i64.add (local.get $acc64) (i64.mul (i64.popcnt (i64.and (local.get $s2) (i64.load offset=16 (local.get $pj)))) (local.get $sd2)))))
              (local.set $acc64 (i64.add (local.get $acc64) (i64.mul (i64.popcnt (i64.and (local.get $s3) (i64.load offset=24 (local.get $pj)))) (local.get $sd3)))))
              (local.set $acc64 (i64.add (local.get $acc64) (i64.mul (i64.popcnt (i64.and (local.get $s4) (i64.load offset=32 (local.get $pj)))) (local.get $sd4)))))
              (local.set $acc64 (i64.add (local.get $acc64) (i64.mul (i64.popcnt (i64.and (local.get $s5) (i64.load offset=40 (local.get $pj)))) (local.get $sd5)))))
              (local.set $acc64 (i64.add (local.get $acc64) (i64.mul (i64.popcnt (i64.and (local.get $s6) (i64.load offset=48 (local.get $pj)))) (local.get $sd6)))))
              (local.set $acc64 (i64.add (local.get $acc64) (i64.mul (i64.popcnt (i64.and (local.get $s7) (i64.load offset=56 (local.get $pj)))) (local.get $sd7))))
              (local.set $ms (i32.wrap_i64 (local.get $acc64))))
            (else
              (local.set $p (i32.add (local.get $accS) (i32.shl (local.get $j) (i32.const 2))))
              (local.set $ms (i32.load (local.get $p)))
              (i32.store (local.get $p) (i32.const 0))))
          ;; no shared country or sector: context 0, synergy 0
          (br_if $next (i32.eqz (i32.or (local.get $mg) (local.get $ms))))
          (local.set $t (f64.min (local.get $ti)
            (f64.load (i32.add (local.get $th) (i32.shl (local.get $j) (i32.const 3))))))
          (local.set $fg (f64.convert_i32_s (local.get $mg)))
          (local.set $fs (f64.convert_i32_s (local.get $ms)))
          (local.set $sg (f64.sub (f64.add (local.get $lgi)
            (f64.convert_i32_s (i32.load (i32.add (local.get $lg) (i32.shl (local.get $j) (i32.const 2)))))) (local.get $fg)))
          (local.set $ss (f64.sub (f64.add (local.get $lsi)
            (f64.convert_i32_s (i32.load (i32.add (local.get $ls) (i32.shl (local.get $j) (i32.const 2)))))) (local.get $fs)))
          ;; division-free early exit when the context is certainly below t (1e-9 covers rounding)
          (br_if $next
            (i32.and
              (i32.and (f64.gt (local.get $t) (f64.const 0))
                (i32.and (f64.gt (local.get $sg) (f64.const 0)) (f64.gt (local.get $ss) (f64.const 0))))
              (f64.lt
                (f64.mul
                  (f64.add (f64.mul (f64.mul (local.get $wg) (local.get $fg)) (local.get $ss))
                           (f64.mul (f64.mul (local.get $ws) (local.get $fs)) (local.get $sg)))
                  (f64.const 1.000000001))
                (f64.mul (f64.mul (local.get $t) (local.get $sg)) (local.get $ss)))))
          ;; context = wg * overlap(geography) + ws * overlap(sectors), as contextOf(overlapOf(...))
          (local.set $ctx
            (f64.add
              (f64.mul (local.get $wg)
                (select (f64.div (local.get $fg) (local.get $sg)) (f64.const 0) (f64.gt (local.get $sg) (f64.const 0))))
              (f64.mul (local.get $ws)
                (select (f64.div (local.get $fs) (local.get $ss)) (f64.const 0) (f64.gt (local.get $ss) (f64.const 0))))))
          (br_if $next (f64.lt (local.get $ctx) (local.get $t)))
          ;; expertise: sum of min(probe[k], u) over j's themes
          (local.set $me (i32.const 0))
          (local.set $p (i32.load (i32.add (local.get $expOff) (i32.shl (local.get $j) (i32.const 2)))))
          (local.set $q (i32.load offset=4 (i32.add (local.get $expOff) (i32.shl (local.get $j) (i32.const 2)))))
          (block $walked
            (loop $walk
              (br_if $walked (i32.ge_s (local.get $p) (local.get $q)))
              (local.set $u (i32.load (i32.add (local.get $probe)
                (i32.shl (i32.load (i32.add (local.get $expCat) (i32.shl (local.get $p) (i32.const 2)))) (i32.const 2)))))
              (local.set $v (i32.load (i32.add (local.get $expUnit) (i32.shl (local.get $p) (i32.const 2)))))
              (local.set $me (i32.add (local.get $me)
                (select (local.get $u) (local.get $v) (i32.lt_s (local.get $u) (local.get $v)))))
              (local.set $p (i32.add (local.get $p) (i32.const 1)))
              (br $walk)))
          (local.set $fe (f64.convert_i32_s (local.get $me)))
          (local.set $se (f64.sub (f64.add (local.get $lei)
            (f64.convert_i32_s (i32.load (i32.add (local.get $le) (i32.shl (local.get $j) (i32.const 2)))))) (local.get $fe)))
          (local.set $eo (select (f64.div (local.get $fe) (local.get $se)) (f64.const 0) (f64.gt (local.get $se) (f64.const 0))))
          (local.set $syn (f64.mul (local.get $ctx) (f64.sub (f64.const 1) (local.get $eo))))
          (br_if $next (i32.eqz (f64.gt (local.get $syn) (f64.const 0))))
          (br_if $next (f64.lt (local.get $syn) (local.get $t)))
          (i32.store (i32.add (i32.load offset=28 (local.get $cfg)) (i32.shl (local.get $count) (i32.const 2))) (local.get $j))
          (f64.store (i32.add (i32.load offset=32 (local.get $cfg)) (i32.shl (local.get $count) (i32.const 3))) (local.get $ctx))
          (f64.store (i32.add (i32.load offset=36 (local.get $cfg)) (i32.shl (local.get $count) (i32.const 3))) (local.get $eo))
          (local.set $count (i32.add (local.get $count) (i32.const 1))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $pairs)))
    ;; clear the probe
    (local.set $p (i32.load (i32.add (local.get $expOff) (i32.shl (local.get $i) (i32.const 2)))))
    (local.set $q (i32.load offset=4 (i32.add (local.get $expOff) (i32.shl (local.get $i) (i32.const 2)))))
    (block $cleared
      (loop $clearing
        (br_if $cleared (i32.ge_s (local.get $p) (local.get $q)))
        (i32.store
          (i32.add (local.get $probe) (i32.shl (i32.load (i32.add (local.get $expCat) (i32.shl (local.get $p) (i32.const 2)))) (i32.const 2)))
          (i32.const 0))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $clearing)))
    (local.get $count))
)
