type Option = { id: string; name: string };

/** A fieldset of checkboxes posting every checked `id` under `name` (works without JavaScript). */
export function CheckboxGroup({ legend, name, options, checked }: { legend: string; name: string; options: Option[]; checked: string[] }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-2 grid grid-cols-2 gap-1 text-sm">
        {options.map((option) => (
          <label key={option.id} className="flex items-center gap-2">
            <input type="checkbox" name={name} value={option.id} defaultChecked={checked.includes(option.id)} />
            {option.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
