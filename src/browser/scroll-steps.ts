/**
 * Which scroll step is active: the one whose box contains the line 55% down the viewport, or
 * else the last step above that line. Pure, so it is tested without a browser; -1 means the
 * reader has not reached the first step yet.
 */
export function activeStepIndex(boxes: { top: number; bottom: number }[], viewportHeight: number): number {
  const line = viewportHeight * 0.55;
  let active = -1;
  boxes.forEach((box, index) => {
    if (box.top <= line) active = index;
  });
  return active;
}
