import { useEffect, useRef, type ReactNode } from 'react';
import { takeNavigationFocus } from '../router/location';

/** The page's h1; after an in-app navigation it takes focus, so a screen reader starts here. */
export function PageHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeNavigationFocus()) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
