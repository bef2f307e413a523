"use client";

import { Button } from "@/components/ui/button";

type Props = { upLabel: string; downLabel: string; canMoveUp: boolean; canMoveDown: boolean; onStep: (direction: -1 | 1) => void };

/** The non-drag way to reorder: up and down buttons with full accessible names. */
export function MoveButtons({ upLabel, downLabel, canMoveUp, canMoveDown, onStep }: Props) {
  return (
    <>
      <Button variant="ghost" size="sm" aria-label={upLabel} title={upLabel} disabled={!canMoveUp} onClick={() => onStep(-1)}>
        ↑
      </Button>
      <Button variant="ghost" size="sm" aria-label={downLabel} title={downLabel} disabled={!canMoveDown} onClick={() => onStep(1)}>
        ↓
      </Button>
    </>
  );
}
