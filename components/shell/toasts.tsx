"use client";

import { usePathname } from "next/navigation";
import { useCallback, useEffect } from "react";
import { Toaster, toast } from "sonner";
import { FLASH_COOKIE, type Flash, type FormState, type Undo } from "@/lib/forms/form-state";

type RunUndo = (undo: Undo) => Promise<FormState>;
/** The server action behind "Undo", handed over by the one ToastHost of the layout. */
let runUndo: RunUndo | null = null;

/** Shows what an action answered: its message, with "Undo" when it can be taken back. */
export function useShowToast() {
  return useCallback(
    function show(flash: Flash) {
      const undo = flash.undo;
      toast.success(flash.message, {
        action:
          undo && runUndo
            ? {
                label: "Undo",
                onClick: async () => {
                  const state = await runUndo!(undo);
                  if (state.ok) show({ message: state.message ?? "Undone." });
                  else toast.error(state.message ?? "Could not undo.");
                },
              }
            : undefined,
      });
    },
    [],
  );
}

function readFlash(): Flash | null {
  const cookie = document.cookie.split("; ").find((c) => c.startsWith(`${FLASH_COOKIE}=`));
  if (!cookie) return null;
  document.cookie = `${FLASH_COOKIE}=; path=/; max-age=0`;
  try {
    // Set encoded once by us and once more by the cookie serialiser.
    let raw = decodeURIComponent(cookie.slice(FLASH_COOKIE.length + 1));
    if (!raw.startsWith("{")) raw = decodeURIComponent(raw);
    return JSON.parse(raw) as Flash;
  } catch {
    return null;
  }
}

/** The toast a redirecting action left in a cookie, shown on the page it led to. */
function FlashReader() {
  const pathname = usePathname();
  const show = useShowToast();
  useEffect(() => {
    const flash = readFlash();
    if (flash?.message) show(flash);
  }, [pathname, show]);
  return null;
}

/** The app's toasts (sonner), and how their "Undo" reaches the server. */
export function ToastHost({ undo }: { undo: RunUndo }) {
  useEffect(() => {
    runUndo = undo;
  }, [undo]);
  return (
    <>
      <FlashReader />
      <Toaster position="bottom-right" richColors closeButton duration={8000} />
    </>
  );
}
