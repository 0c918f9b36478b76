import type { RefObject } from 'react'
import { useT } from '../i18n/use-t'
import { FILTERS, type Filter } from './school-years'

interface Props {
  search: string
  onSearch: (search: string) => void
  filter: Filter
  onFilter: (filter: Filter) => void
  searchBox: RefObject<HTMLInputElement | null>
}

/** Find a conversation on a long list: by the child's or a parent's name, and by where it stands. */
export function ListControls({ search, onSearch, filter, onFilter, searchBox }: Props) {
  const t = useT()
  return (
    <div role="search">
      <div className="form-group">
        <label className="label" htmlFor="home-search">
          {t('home.search')}
        </label>
        <input
          id="home-search"
          ref={searchBox}
          className="input input--medium"
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={search}
          onChange={(event) => onSearch(event.target.value)}
        />
      </div>
      <fieldset className="form-group">
        <legend className="label">{t('home.filter')}</legend>
        <div className="radios radios--inline">
          {FILTERS.map((value) => (
            <div className="radio" key={value}>
              <input
                type="radio"
                id={`home-filter-${value}`}
                name="home-filter"
                value={value}
                checked={filter === value}
                onChange={() => onFilter(value)}
              />
              <label htmlFor={`home-filter-${value}`}>{t(`home.filter.${value}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  )
}
