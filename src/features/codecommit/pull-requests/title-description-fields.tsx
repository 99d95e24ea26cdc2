import { useId } from 'react';
import { inputClass } from '../../../components/button-styles';

interface TitleDescriptionFieldsProps {
  title: string;
  description: string;
  onTitle: (title: string) => void;
  onDescription: (description: string) => void;
}

/** A pull request's title (at most 150 characters, as the service allows) and optional description. */
export function TitleDescriptionFields({ title, description, onTitle, onDescription }: TitleDescriptionFieldsProps) {
  const titleId = useId();
  const descriptionId = useId();
  return (
    <>
      <div>
        <label htmlFor={titleId} className="mb-1 block font-semibold">
          Title
        </label>
        <input
          id={titleId}
          value={title}
          onChange={(e) => onTitle(e.target.value)}
          maxLength={150}
          className={`${inputClass} w-full max-w-2xl`}
        />
      </div>
      <div>
        <label htmlFor={descriptionId} className="mb-1 block font-semibold">
          Description <span className="font-normal text-zinc-600 dark:text-zinc-400">(optional)</span>
        </label>
        <textarea
          id={descriptionId}
          value={description}
          onChange={(e) => onDescription(e.target.value)}
          rows={4}
          className={`${inputClass} w-full max-w-2xl`}
        />
      </div>
    </>
  );
}
