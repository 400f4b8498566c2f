import type { JSX } from 'preact';

// The player's own line icons (it carries its styles and icons with it, see player.css).

function Icon(props: { d: string }): JSX.Element {
  return (
    <svg class="unsit-player__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={props.d} />
    </svg>
  );
}

export const BackIcon = () => <Icon d="M15 5l-7 7 7 7" />;
export const NextIcon = () => <Icon d="M9 5l7 7-7 7" />;
export const PauseIcon = () => <Icon d="M8 5v14M16 5v14" />;
export const PlayIcon = () => <Icon d="M7 4.5v15l12-7.5z" />;
export const CheckIcon = () => <Icon d="M5 12.5l4.5 4.5L19 7.5" />;
export const CloseIcon = () => <Icon d="M6 6l12 12M18 6L6 18" />;
export const SpeakerIcon = () => (
  <Icon d="M4 9.5h3.5L12 6v12l-4.5-3.5H4zM15.5 9.5a3.5 3.5 0 0 1 0 5M18 7a7 7 0 0 1 0 10" />
);
export const SpeakerOffIcon = () => (
  <Icon d="M4 9.5h3.5L12 6v12l-4.5-3.5H4zM16 10l4 4M20 10l-4 4" />
);
