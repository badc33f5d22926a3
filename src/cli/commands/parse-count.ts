import { InvalidArgumentError } from 'commander';

function wholeNumber(min: number): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!/^\d+$/.test(value.trim()) || number < min) {
      throw new InvalidArgumentError(`expected a whole number of at least ${min}`);
    }
    return number;
  };
}

/** For `--limit` and `--batch-size`. */
export const parseCount = wholeNumber(1);
/** For `--offset`. */
export const parseOffset = wholeNumber(0);
