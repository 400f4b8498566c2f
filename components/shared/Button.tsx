import type { ButtonHTMLAttributes, Ref } from 'preact';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger';

export type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'ref'> & {
  variant?: ButtonVariant;
  size?: 'normal' | 'small' | 'large';
  ref?: Ref<HTMLButtonElement>;
};

/** The one button style of Unsit's pages. `type` defaults to "button", never "submit". */
export function Button({
  variant = 'secondary',
  size = 'normal',
  type = 'button',
  class: className,
  ref,
  ...rest
}: ButtonProps) {
  const classes = ['u-btn', `u-btn--${variant}`, size === 'normal' ? '' : `u-btn--${size}`];
  if (typeof className === 'string') classes.push(className);
  return <button ref={ref} type={type} class={classes.filter(Boolean).join(' ')} {...rest} />;
}
