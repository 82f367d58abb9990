'use client';

import { useEffect } from 'react';
import { installQuickExit } from '@/lib/quick-exit/install';

/**
 * Runs the quick exit's browser behaviour (lib/quick-exit/install.ts: Shift 3 times, Escape twice,
 * the click that hides the page and replaces it in the history). Renders nothing: the markup is
 * server-rendered by <QuickExit />, so the same script could run on a page without React.
 */
export function QuickExitKeys() {
  useEffect(() => installQuickExit(document), []);
  return null;
}
